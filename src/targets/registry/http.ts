/**
 * One HTTP exchange, injectable: the client is written against `HttpSend`; node:http provides it
 * (node-transport.ts), undici behind a proxy (proxy-transport.ts), a double in unit tests.
 */
import { collect } from '../../streams.js';
import type { Readable } from 'node:stream';
import type { Headers } from './errors.js';

export interface HttpRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** A fresh stream or bytes; callers re-open streams for each attempt. */
  body?: Readable | Buffer | string;
  signal?: AbortSignal;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Must be consumed or destroyed: the connection stays pinned otherwise. */
  body: Readable;
}

export type HttpSend = (req: HttpRequest) => Promise<HttpResponse>;

/** An HttpSend with the connections it keeps open. */
export interface Transport {
  send: HttpSend;
  close(): Promise<void>;
}

/** Consumes what is left of a body so the connection can go back to the pool. */
export async function drain(body: Readable): Promise<void> {
  try {
    for await (const _ of body) {
      // discard
    }
  } catch {
    body.destroy();
  }
}

/** readAll's answer to a body over its limit; any other error from readAll is the connection's. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`response larger than ${limit} bytes`);
  }
}

/**
 * The whole body, at most `limit` bytes. A body over the limit is BodyTooLargeError; a body cut
 * off by the network rejects with the transport's error (a reset, "other side closed"), which
 * callers turn into a retryable REGISTRY_CONNECTION_LOST (see cutOffError).
 */
export function readAll(body: Readable, limit: number): Promise<Buffer> {
  return collect(body, { limit, tooLarge: (max) => new BodyTooLargeError(max) });
}
