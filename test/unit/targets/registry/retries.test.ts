import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, currentRetry, DEFAULT_RETRY_POLICY, isRetryable, parseRetryAfter, withRetry, type RetryEnvironment } from '../../../../src/targets/registry/retries.js';
import { RegistryError } from '../../../../src/targets/registry/errors.js';

/** Test double for the retry clock: records sleeps, never waits. */
function fakeClock(random = 1): RetryEnvironment & { slept: number[] } {
  const slept: number[] = [];
  return { slept, sleep: async (ms) => void slept.push(ms), random: () => random, now: () => Date.parse('2025-01-01T00:00:00Z') };
}

const retryable = (retryAfterMs?: number) => new RegistryError('REGISTRY_SERVER_ERROR', 'x', undefined, 503, undefined, true, retryAfterMs);

test('parseRetryAfter reads seconds and HTTP dates', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  assert.equal(parseRetryAfter('12', now), 12000);
  assert.equal(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now), 30000);
  assert.equal(parseRetryAfter('Tue, 31 Dec 2024 23:59:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('backoff grows exponentially up to the cap, with full jitter; Retry-After wins but is capped', () => {
  const p = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 5000 };
  assert.deepEqual([1, 2, 3, 4, 5, 6].map((a) => backoffDelay(a, p, () => 0.999999)), [99, 199, 399, 799, 999, 999]);
  assert.equal(backoffDelay(3, p, () => 0), 0);
  assert.equal(backoffDelay(1, p, () => 0.5, 2000), 2000);
  assert.equal(backoffDelay(1, p, () => 0.5, 60000), 5000);
});

test('withRetry retries retryable failures up to maxAttempts and then throws the last error', async () => {
  const clock = fakeClock();
  let calls = 0;
  await assert.rejects(
    withRetry(async () => {
      calls++;
      throw retryable();
    }, { env: clock, policy: { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 } }),
    { code: 'REGISTRY_SERVER_ERROR' },
  );
  assert.equal(calls, 3);
  assert.equal(clock.slept.length, 2);
});

test('withRetry stops at once on a non-retryable error and honours Retry-After', async () => {
  const clock = fakeClock();
  let calls = 0;
  const result = await withRetry(async (attempt) => {
    calls++;
    if (attempt === 1) throw retryable(4000);
    return 'ok';
  }, { env: clock });
  assert.equal(result, 'ok');
  assert.deepEqual(clock.slept, [4000]);
  calls = 0;
  await assert.rejects(withRetry(async () => {
    calls++;
    throw new RegistryError('REGISTRY_DENIED', 'no', undefined, 403, 'DENIED', false);
  }, { env: clock }));
  assert.equal(calls, 1);
});

test('isRetryable: network resets (also as a cause) yes, TLS and plain errors no', () => {
  assert.ok(isRetryable(Object.assign(new Error('reset'), { code: 'ECONNRESET' })));
  assert.ok(isRetryable(new Error('wrapped', { cause: Object.assign(new Error('socket'), { code: 'UND_ERR_SOCKET' }) })));
  assert.ok(!isRetryable(new Error('bug')));
  assert.ok(!isRetryable(new RegistryError('REGISTRY_TLS', 'x', undefined, undefined, undefined, false)));
});

test('withRetry does not start again once aborted', async () => {
  const controller = new AbortController();
  controller.abort(new Error('cancelled'));
  await assert.rejects(withRetry(async () => 'never', { env: fakeClock(), signal: controller.signal }), /cancelled/);
});

test('nested retry loops do not multiply attempts: an error an inner loop gave up on is final', async () => {
  const clock = fakeClock();
  let inner = 0;
  let outer = 0;
  const policy = { ...DEFAULT_RETRY_POLICY, maxAttempts: 3 };
  await assert.rejects(
    withRetry(async () => {
      outer++;
      await withRetry(async () => {
        inner++;
        throw retryable();
      }, { env: clock, policy });
    }, { env: clock, policy }),
    { code: 'REGISTRY_SERVER_ERROR' },
  );
  assert.equal(inner, 3, 'the inner loop used its attempts');
  assert.equal(outer, 1, 'the outer loop did not start it over');
});

test('retryIf keeps an error for an outer loop: refused here, retried there', async () => {
  const clock = fakeClock();
  const lost = new RegistryError('REGISTRY_UPLOAD_LOST', 'gone', undefined, 404, 'BLOB_UPLOAD_UNKNOWN', true);
  let inner = 0;
  const result = await withRetry(async (attempt) => {
    if (attempt === 1) {
      await withRetry(async () => {
        inner++;
        throw lost;
      }, { env: clock, retryIf: (err) => err !== lost });
    }
    return attempt;
  }, { env: clock });
  assert.equal(inner, 1);
  assert.equal(result, 2);
});

test('currentRetry tells code inside a step how many retries led to it, nested loops adding up', async () => {
  assert.equal(currentRetry(), 0);
  const seen: number[] = [];
  await withRetry(async (outer) => {
    await new Promise((r) => setImmediate(r));
    seen.push(currentRetry());
    if (outer < 3) throw retryable();
    await withRetry(async (inner) => {
      seen.push(currentRetry());
      if (inner < 2) throw retryable();
    }, { env: fakeClock() });
  }, { env: fakeClock() });
  assert.deepEqual(seen, [0, 1, 2, 2, 3]);
});

test('cut-off bodies and lost connections are retryable', () => {
  assert.ok(isRetryable(Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' })));
  assert.ok(isRetryable(Object.assign(new Error('mismatch'), { code: 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' })));
});
