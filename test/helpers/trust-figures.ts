/**
 * Figures of the trust suite (pushes under faults, faults injected, interrupted runs, fuzz cases,
 * violations). Each test file appends one JSON line to WASMPACK_TRUST_FIGURES (set by
 * scripts/run-tests.mjs, which prints the summary); run alone, a file prints its own line.
 */
import { appendFileSync } from 'node:fs';

export interface TrustFigures {
  pushesUnderFaults?: number;
  /** Pushes that needed a second run (the first failed with a coded error). */
  secondRuns?: number;
  faultsInjected?: number;
  /** Requests the fault proxy saw while faults were on. */
  requestsUnderFaults?: number;
  concurrentPushes?: number;
  interruptedRuns?: number;
  fuzzCases?: number;
  secretScans?: number;
  /** Broken promises found; the suite fails on any. */
  violations: number;
}

export function recordFigures(part: string, figures: TrustFigures): void {
  const line = JSON.stringify({ part, seed: Number(process.env.WASMPACK_TRUST_SEED), ...figures });
  const file = process.env.WASMPACK_TRUST_FIGURES;
  if (file) appendFileSync(file, `${line}\n`);
  else process.stdout.write(`# trust figures: ${line}\n`);
}
