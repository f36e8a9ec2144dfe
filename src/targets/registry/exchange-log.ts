/**
 * The line `--verbose` prints for one HTTP exchange: method, URL without query or credentials,
 * status (or the network error), bytes sent and announced back, milliseconds, and which retry
 * of its step this is. The client builds the line; the CLI decides where it goes.
 */
import { redact, redactUrl } from '../../errors.js';

export interface ExchangeRecord {
  method: string;
  url: string;
  /** The status, or undefined when no answer came. */
  status?: number;
  /** What failed instead of an answer (ECONNRESET, ETIMEDOUT, ...). */
  error?: string;
  /** Request body bytes (its Content-Length). */
  sent: number;
  /** The answer's Content-Length, when it has one. */
  received?: number;
  ms: number;
  /** 0 for a first attempt. */
  retry: number;
}

export function formatExchange(record: ExchangeRecord): string {
  const outcome = record.status !== undefined ? String(record.status) : `failed (${redact(record.error ?? 'no answer')})`;
  // An answer without Content-Length (chunked) or no answer at all: no received figure.
  const received = record.received !== undefined ? ` received ${record.received} B` : '';
  return `http: ${record.method} ${redactUrl(record.url)} ${outcome} sent ${record.sent} B${received} ${Math.round(record.ms)} ms retry ${record.retry}`;
}

/** Bytes a request will send: the Content-Length it declares, else the size of a buffered body. */
export function requestBytes(headers: Record<string, string>, body: unknown): number {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared)) return declared;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (Buffer.isBuffer(body)) return body.length;
  return 0;
}
