/**
 * What an SBOM costs: build + push of the same prebuilt module with `--sbom none` and with the
 * default (`--sbom spdx`), alternating, each push to a new tag through the counting proxy. The
 * SBOM adds its referrer (empty config + one layer + manifest) and, on a registry without the
 * referrers API, the fallback index (GET + PUT): the requests column shows exactly that.
 */
import type { Measured } from './measure.js';
import { summarize, type Summary } from './stats.js';

export interface SbomBenchDeps {
  iterations: number;
  /** Runs `wasmpack build ...args` in the project. */
  build(args: string[]): Promise<Measured>;
  /** Runs `wasmpack push --json ref` and says how many requests reached the registry. */
  push(ref: string): Promise<{ run: Measured; requests: number }>;
  host: string;
  buildFlags: string[];
}

export interface SbomFigures {
  without: { time: Summary; requestsPerPush: number };
  with: { time: Summary; requestsPerPush: number };
  addedRequests: number;
}

export async function benchSbom(deps: SbomBenchDeps): Promise<SbomFigures> {
  const runs = { none: { times: [] as number[], requests: [] as number[] }, spdx: { times: [] as number[], requests: [] as number[] } };
  for (let i = 1; i <= deps.iterations; i++) {
    for (const sbom of ['none', 'spdx'] as const) {
      const built = await deps.build([...deps.buildFlags, '--sbom', sbom]);
      const pushed = await deps.push(`${deps.host}/bench-sbom-${sbom}:${i}`);
      runs[sbom].times.push(built.wallMs + pushed.run.wallMs);
      runs[sbom].requests.push(pushed.requests);
    }
  }
  const figures = (r: { times: number[]; requests: number[] }) => ({ time: summarize(r.times), requestsPerPush: summarize(r.requests).medianMs });
  const without = figures(runs.none);
  const withSbom = figures(runs.spdx);
  return { without, with: withSbom, addedRequests: withSbom.requestsPerPush - without.requestsPerPush };
}
