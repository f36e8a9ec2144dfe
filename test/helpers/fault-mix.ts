/**
 * The faults the trust suite injects at random, in the mix a flaky network and an overloaded
 * registry produce them: 5xx, 429 (sometimes with Retry-After: 0), a reset before the registry
 * sees the request or after part of its body reached the registry, an answer cut off or lost
 * after the registry acted, and stalls.
 */
import type { FaultAction } from './fault-proxy.js';
import { between, pick } from './seeded-random.js';

export function chooseFault(req: { method: string; path: string; headers: Record<string, string | string[] | undefined> }, random: () => number): FaultAction {
  const length = Number(req.headers['content-length'] ?? 0);
  const r = random();
  if (r < 0.2) return { kind: 'status', status: pick(random, [500, 502, 503, 504]) };
  if (r < 0.35) {
    const body = JSON.stringify({ errors: [{ code: 'TOOMANYREQUESTS', message: 'slow down' }] });
    return { kind: 'status', status: 429, body, ...(random() < 0.5 ? { headers: { 'retry-after': '0' } } : {}) };
  }
  if (r < 0.55) return { kind: 'reset', afterBytes: length > 1 ? between(random, 1, length - 1) : 0 };
  if (r < 0.7) return length > 1 ? { kind: 'cutRequest', afterBytes: between(random, 1, length - 1) } : { kind: 'reset' };
  if (r < 0.85) return { kind: 'cutResponse' };
  return { kind: 'delay', ms: between(random, 20, 600) };
}
