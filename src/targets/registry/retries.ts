/**
 * Retries with exponential backoff and full jitter, honouring Retry-After.
 * https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3 (Retry-After: seconds or HTTP date)
 *
 * What is retried, all with the same policy (attempts, backoff, Retry-After): a request that may
 * be repeated (GET, HEAD, the PUT of a manifest, the POST that opens an upload session) when it
 * gets a 408/429/5xx, a connection reset or timeout, or an answer whose body is cut off; and a
 * blob upload as a whole, restarted from POST, when its session is lost. A retry never sends the
 * rest of a half-sent body: a chunked upload resumes from the offset the registry confirms.
 * Clock, sleep and randomness are injected so tests need no timers.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RetryPolicy {
  /** Attempts in total, including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is cut down to it. */
  maxRetryAfterMs: number;
}

/**
 * Five attempts: with a quarter of all requests failing (a registry behind an overloaded load
 * balancer; the trust suite's fault rate) a request still fails only once in a thousand, so at most
 * one push in sixteen needs running again. Worst-case waiting stays under 10 s per request.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 5_000, maxRetryAfterMs: 30_000 };

export interface RetryEnvironment {
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
  now(): number;
}

export const realRetryEnvironment: RetryEnvironment = {
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      const onAbort = (): void => {
        clearTimeout(timer);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
  random: Math.random,
  now: Date.now,
};

/** Statuses worth another try: timeouts, rate limits and transient server errors. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504]);

/** What an error carries to say it may succeed later. */
export interface Retryable {
  retryable: boolean;
  /** From Retry-After, already converted to milliseconds. */
  retryAfterMs?: number;
}

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
  'UND_ERR_RES_CONTENT_LENGTH_MISMATCH',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
]);

/**
 * Errors a retry loop already gave up on after its last attempt. An outer loop (a blob upload
 * around its POST) must not start them over: every request gets the policy's attempts once,
 * nested loops do not multiply them.
 */
const spent = new WeakSet<object>();

/** True for errors a retry may cure: marked retryable, or a network reset/timeout (also as a cause). */
export function isRetryable(err: unknown): boolean {
  if (typeof err === 'object' && err !== null && spent.has(err)) return false;
  for (let e: unknown = err, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (typeof e !== 'object') break;
    const marked = (e as Partial<Retryable>).retryable;
    if (marked !== undefined) return marked;
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  }
  return false;
}

/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent/unparseable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Delay before attempt `attempt + 1` (attempt counts from 1): full jitter, or Retry-After when given. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number, retryAfterMs?: number): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export interface RetryOptions {
  policy?: RetryPolicy;
  env?: RetryEnvironment;
  signal?: AbortSignal;
  /** A further condition on retrying (the error is retryable and this says yes). */
  retryIf?(err: unknown): boolean;
  onRetry?(attempt: number, delayMs: number, err: unknown): void;
}

/**
 * How many retries led to the code running now (0 outside any withRetry), so an HTTP log line can
 * say "retry 2" without every call passing the number down. Nested loops add up: the status GET in
 * the second attempt of a chunk is retry 1, though it is the GET's first try.
 */
const retryContext = new AsyncLocalStorage<number>();

export function currentRetry(): number {
  return retryContext.getStore() ?? 0;
}

export async function withRetry<T>(step: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const env = options.env ?? realRetryEnvironment;
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await retryContext.run(currentRetry() + attempt - 1, () => step(attempt));
    } catch (err) {
      if (!isRetryable(err) || options.signal?.aborted || (options.retryIf && !options.retryIf(err))) throw err;
      if (attempt >= policy.maxAttempts) {
        if (typeof err === 'object' && err !== null) spent.add(err);
        throw err;
      }
      const delay = backoffDelay(attempt, policy, env.random, (err as Partial<Retryable>).retryAfterMs);
      options.onRetry?.(attempt, delay, err);
      await env.sleep(delay, options.signal);
    }
  }
}
