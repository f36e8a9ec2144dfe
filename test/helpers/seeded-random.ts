/**
 * The trust suite's randomness, seeded so a failure replays: WASMPACK_TRUST_SEED (set by
 * scripts/run-tests.mjs, printed in its summary) or a fresh one. Each part of the suite derives
 * its own stream from the seed and a label, so adding draws in one part does not change another.
 */
import { createHash } from 'node:crypto';

export function suiteSeed(): number {
  const fromEnv = Number(process.env.WASMPACK_TRUST_SEED);
  if (Number.isSafeInteger(fromEnv) && fromEnv >= 0) return fromEnv;
  const fresh = Math.floor(Math.random() * 2 ** 31);
  process.env.WASMPACK_TRUST_SEED = String(fresh);
  return fresh;
}

/** mulberry32: small, fast, and good enough to pick faults and timings. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stream of its own for one part of the suite ("faults", "signals/push/3", ...). */
export function derivedRandom(seed: number, label: string): () => number {
  return seededRandom(createHash('sha256').update(`${seed}:${label}`).digest().readUInt32LE(0));
}

/** An integer in [min, max]. */
export function between(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
