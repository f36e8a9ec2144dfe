/**
 * Concurrent pushes to one registry (the trust suite, part 2): different images at once (two of
 * them into the same repository under different tags), and one image by several processes to
 * several tags of one repository, so the same blobs are uploaded in parallel. Faults stay on a
 * quarter of requests. After each round: no tag references missing content, every tag a push
 * reported points at that push's digest, a failure is one coded error, and a rerun completes.
 */
import { layerFile, scratchSink } from '../../src/targets/files.js';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCompatImage } from '../../src/oci/image.js';
import { copyAndCommit } from '../../src/targets/copy.js';
import { LayoutTarget } from '../../src/targets/layout.js';
import { wasmpack } from '../helpers/cli.js';
import { chooseFault } from '../helpers/fault-mix.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { auditRegistry, tagDigest } from '../helpers/registry-audit.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { derivedRandom, suiteSeed } from '../helpers/seeded-random.js';
import { recordFigures } from '../helpers/trust-figures.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';

const SEED = suiteSeed();
const WIDTH = Number(process.env.WASMPACK_TRUST_CONCURRENCY ?? 6);

interface Push {
  layout: string;
  digest: string;
  destination: string;
}

describe('concurrent pushes to one registry', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  let work: string;
  const violations: string[] = [];
  let pushes = 0;
  let faults = 0;
  let requests = 0;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ upstream: registry.url });
    work = await mkdtemp(join(tmpdir(), 'wasmpack-trust-concurrency-'));
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  async function image(i: number): Promise<{ layout: string; digest: string }> {
    const dir = join(work, `image-${i}`);
    await mkdir(dir, { recursive: true });
    await writeMinimalModule(join(dir, 'app.wasm'), (i + 1) * 96 * 1024);
    const built = await buildCompatImage({ files: [await layerFile('/app.wasm', join(dir, 'app.wasm'))], entrypoint: '/app.wasm', timestamp: i, compression: 'gzip', layerSink: scratchSink(join(dir, 'layer')) });
    await copyAndCommit(built.manifest, new LayoutTarget(join(dir, 'oci')), { tags: ['app'] });
    return { layout: join(dir, 'oci'), digest: built.manifest.descriptor.digest };
  }

  /** All pushes at once, then the invariants; failed pushes run again, alone and without faults. */
  async function round(name: string, batch: Push[]): Promise<void> {
    proxy.resetCounters();
    const before = proxy.requests.length;
    proxy.chaos({ rate: 0.25, random: derivedRandom(SEED, `concurrency/${name}`), choose: chooseFault });
    const results = await Promise.all(batch.map((p) => wasmpack(['push', `oci:${p.layout}:app`, p.destination])));
    proxy.chaos(undefined);
    faults += Object.values(proxy.faults).reduce((a, b) => a + b, 0);
    requests += proxy.requests.length - before;
    pushes += batch.length;
    const access = { url: registry.url };
    for (const [i, result] of results.entries()) {
      const p = batch[i]!;
      const [repo, tag] = p.destination.slice(proxy.host.length + 1).split(':') as [string, string];
      const what = `${name}: ${p.destination}`;
      if (result.code !== 0) {
        const codes = [...result.stderr.matchAll(/^error\[([A-Z_]+)\]/gm)];
        if (result.code !== 1 || codes.length !== 1) violations.push(`${what}: exit ${result.code}\n${result.stderr}`);
        const again = await wasmpack(['push', `oci:${p.layout}:app`, p.destination]);
        if (again.code !== 0) violations.push(`${what}: the rerun failed\n${again.stderr}`);
      } else if (result.stdout.trim() !== `${p.destination}@${p.digest}`) violations.push(`${what}: printed ${result.stdout.trim()}`);
      const at = await tagDigest(access, repo, tag);
      if (at !== p.digest) violations.push(`${what}: the tag points at ${at ?? 'nothing'}, pushed ${p.digest}`);
    }
    for (const problem of (await auditRegistry(access)).problems) violations.push(`${name}: ${problem}`);
  }

  test(`${WIDTH} different images at once, two of them into one repository`, async () => {
    const images = await Promise.all(Array.from({ length: WIDTH }, (_, i) => image(i)));
    const batch = images.map((img, i) => ({ ...img, destination: `${proxy.host}/conc/img${i}:1` }));
    batch.push({ ...images[0]!, destination: `${proxy.host}/conc/shared:a` }, { ...images[1]!, destination: `${proxy.host}/conc/shared:b` });
    await round('different images', batch);
  });

  test(`one image by ${WIDTH} processes to ${WIDTH} tags of one repository`, async () => {
    const img = await image(WIDTH + 1);
    await round('one image, many tags', Array.from({ length: WIDTH }, (_, i) => ({ ...img, destination: `${proxy.host}/conc/same:t${i}` })));
  });

  test('no violations', () => {
    recordFigures('concurrency', { concurrentPushes: pushes, faultsInjected: faults, requestsUnderFaults: requests, violations: violations.length });
    process.stdout.write(`# concurrency: ${pushes} pushes in parallel, ${faults} faults\n`);
    assert.deepEqual(violations, []);
  });
});
