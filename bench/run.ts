/**
 * wasmpack's benchmark: wasmpack next to its peers (buildah, skopeo), in one run, on this machine.
 * Prints tables on stdout and, last, one line `BENCH_JSON {...}` with every figure. Progress goes
 * to stderr. See bench/README.md for what each figure means. Not part of the test run.
 *
 * Env: BENCH_ITERATIONS (default 10), BENCH_LARGE_MB (default 256; 0 skips the large module),
 * BENCH_LARGE_ITERATIONS (default 3), BENCH_JSON_OUT (also write the JSON to this file),
 * BENCH_BASELINE_BIN (another wasmpack's bin/wasmpack.js, e.g. a checkout from before a change:
 * the levers section times it beside this one), IWASM / WAMRC (AOT section), BENCH_NODES (node
 * binaries for the node versions section, ':'-separated; default: node 20, 22 and 24 as found).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startRegistry } from '../test/helpers/registry.js';
import { startCountingProxy, type CountingProxy, type TrafficCounts } from './counting-proxy.js';
import { killRunning, measure, measureChecked, rssMethod, type Measured } from './measure.js';
import { benchNodes, nodeRuntimes, type NodeRow } from './nodes.js';
import { largeModule, smallModule } from './modules.js';
import { mib, ratio, round, summarize, table, type Summary } from './stats.js';
import { benchSbom } from './sbom.js';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');
const WASMPACK_BIN = join(REPO_ROOT, 'bin', 'wasmpack.js');
const ITERATIONS = positiveInt('BENCH_ITERATIONS', 10, 1);
const LARGE_MIB = positiveInt('BENCH_LARGE_MB', 256, 0);
const LARGE_ITERATIONS = positiveInt('BENCH_LARGE_ITERATIONS', 3, 1);
const BASELINE_BIN = process.env.BENCH_BASELINE_BIN ? resolve(process.env.BENCH_BASELINE_BIN) : undefined;

function positiveInt(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got ${JSON.stringify(raw)}`);
  return value;
}

function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(join(dir, tool)));
}

function version(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0]!;
  } catch {
    return 'unknown';
  }
}

/** Everything to undo, newest first; runs on success, failure and Ctrl-C. */
const cleanups: (() => Promise<unknown>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length) await cleanups.pop()!().catch((err: unknown) => progress(`cleanup: ${String(err)}`));
}

interface Context {
  work: string;
  env: NodeJS.ProcessEnv;
  proxy: CountingProxy;
  buildahGlobal: string[];
  haveBuildah: boolean;
  haveSkopeo: boolean;
}

async function wasmpack(ctx: Context, cwd: string, args: string[], checked = true, bin = WASMPACK_BIN): Promise<Measured> {
  // Every timed build does the work: an unchanged project would otherwise be "up to date" and
  // skip it. Removing the last build's record (untimed) does that for any wasmpack version,
  // where --no-cache is unknown to older ones (BENCH_BASELINE_BIN).
  if (args[0] === 'build') await rm(join(cwd, '.wasmpack', 'last-build.json'), { force: true });
  return (checked ? measureChecked : measure)(process.execPath, [bin, ...args], { cwd, env: ctx.env, scratchDir: ctx.work });
}

function tool(ctx: Context, cwd: string, cmd: string, args: string[]): Promise<Measured> {
  return measureChecked(cmd, args, { cwd, env: ctx.env, scratchDir: ctx.work });
}

function digestOfRefLine(stdout: string): string {
  const last = stdout.trim().split('\n').pop() ?? '';
  return last.slice(last.lastIndexOf('@') + 1);
}

const allEqual = (values: string[]): boolean => values.length > 0 && values.every((v) => v === values[0]);

// ---------------------------------------------------------------------------------------------
// 1. Build of a prebuilt module.

const BUILDAH_BUILD_FLAGS = ['build', '--platform', 'wasi/wasm', '--annotation', 'module.wasm.image/variant=compat', '--timestamp', '0', '-t', 'bench:1', '-q', '.'];
const WASMPACK_BUILD_FLAGS = ['build', '--wasm', 'app.wasm', '-t', 'bench:1', '--timestamp', '0'];

interface ToolBuildFigures {
  time: Summary;
  maxRssMiB: number;
  digests: string[];
  reproducible: boolean;
}

async function benchBuild(ctx: Context, wProject: string, bProject: string) {
  const w: Measured[] = [];
  const b: Measured[] = [];
  const wDigests: string[] = [];
  const bDigests: string[] = [];
  // One untimed warm-up each (page cache, buildah's storage initialisation), then alternate.
  await wasmpack(ctx, wProject, WASMPACK_BUILD_FLAGS);
  if (ctx.haveBuildah) await tool(ctx, bProject, 'buildah', [...ctx.buildahGlobal, ...BUILDAH_BUILD_FLAGS]);
  for (let i = 0; i < ITERATIONS; i++) {
    progress(`build ${i + 1}/${ITERATIONS}`);
    const wRun = await wasmpack(ctx, wProject, WASMPACK_BUILD_FLAGS);
    w.push(wRun);
    wDigests.push(digestOfRefLine(wRun.stdout));
    if (ctx.haveBuildah) {
      b.push(await tool(ctx, bProject, 'buildah', [...ctx.buildahGlobal, ...BUILDAH_BUILD_FLAGS]));
      // Untimed: the manifest digest of what buildah just stored.
      const inspect = await tool(ctx, bProject, 'buildah', [...ctx.buildahGlobal, 'inspect', '--type', 'image', '--format', '{{.FromImageDigest}}', 'bench:1']);
      bDigests.push(inspect.stdout.trim());
    }
  }
  const figures = (runs: Measured[], digests: string[]): ToolBuildFigures => ({
    time: summarize(runs.map((r) => r.wallMs)),
    maxRssMiB: round(Math.max(...runs.map((r) => r.maxRssKiB ?? 0)) / 1024),
    digests: [...new Set(digests)],
    reproducible: allEqual(digests),
  });
  const wasmpackFigures = figures(w, wDigests);
  // The CLI's fixed cost (node start-up and module loading) next to node's own start-up, in turns.
  const startup: number[] = [];
  const nodeAlone: number[] = [];
  await tool(ctx, wProject, process.execPath, ['-e', '0']);
  for (let i = 0; i < ITERATIONS; i++) {
    startup.push((await wasmpack(ctx, wProject, ['--version'])).wallMs);
    nodeAlone.push((await tool(ctx, wProject, process.execPath, ['-e', '0'])).wallMs);
  }
  const buildahFigures = b.length ? figures(b, bDigests) : undefined;
  const startupSummary = summarize(startup);
  const nodeSummary = summarize(nodeAlone);
  return {
    wasmpack: wasmpackFigures,
    wasmpackStartup: startupSummary,
    nodeStartup: nodeSummary,
    startupRatioMedian: ratio(startupSummary.medianMs, nodeSummary.medianMs),
    startupRatioP90: ratio(startupSummary.p90Ms, nodeSummary.p90Ms),
    buildah: buildahFigures ?? 'skipped: buildah not on PATH',
    ratioMedian: buildahFigures ? ratio(wasmpackFigures.time.medianMs, buildahFigures.time.medianMs) : null,
    ratioP90: buildahFigures ? ratio(wasmpackFigures.time.p90Ms, buildahFigures.time.p90Ms) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Build + push to the same registry, through the counting proxy.

interface PushCounts {
  requests: number;
  byMethod: Record<string, number>;
  blobBytesUploaded: number;
  manifestBytesUploaded: number;
  wallMs: number;
  /** What wasmpack itself reports in `push --json` (requests, bytesUploaded). */
  selfReported?: { requests: number; bytesUploaded: number };
}

function counted(counts: TrafficCounts, run: Measured, selfReported?: PushCounts['selfReported']): PushCounts {
  return { requests: counts.requests, byMethod: counts.byMethod, blobBytesUploaded: counts.blobBytesUploaded, manifestBytesUploaded: counts.manifestBytesUploaded, wallMs: round(run.wallMs), ...(selfReported ? { selfReported } : {}) };
}

function selfReport(stdout: string): PushCounts['selfReported'] {
  const doc = JSON.parse(stdout) as { pushed: { requests?: number; bytesUploaded?: number }[] };
  return { requests: doc.pushed.reduce((n, p) => n + (p.requests ?? 0), 0), bytesUploaded: doc.pushed.reduce((n, p) => n + (p.bytesUploaded ?? 0), 0) };
}

async function wasmpackPush(ctx: Context, project: string, ref: string): Promise<{ run: Measured; counts: PushCounts; digest: string }> {
  ctx.proxy.take();
  const run = await wasmpack(ctx, project, ['push', '--json', ref]);
  const counts = counted(ctx.proxy.take(), run, selfReport(run.stdout));
  return { run, counts, digest: (JSON.parse(run.stdout) as { digest: string }).digest };
}

async function buildahPush(ctx: Context, project: string, ref: string): Promise<{ run: Measured; counts: PushCounts; digest: string }> {
  const digestFile = join(ctx.work, 'buildah-push.digest');
  ctx.proxy.take();
  const run = await tool(ctx, project, 'buildah', [...ctx.buildahGlobal, 'push', '--tls-verify=false', '--digestfile', digestFile, 'bench:1', `docker://${ref}`]);
  const counts = counted(ctx.proxy.take(), run);
  return { run, counts, digest: (await readFile(digestFile, 'utf8')).trim() };
}

async function benchPush(ctx: Context, wProject: string, bProject: string) {
  const host = ctx.proxy.host;
  // Fresh push into an empty repository, then the same image again (nothing should be uploaded).
  progress('push: fresh and re-push');
  const wFresh = await wasmpackPush(ctx, wProject, `${host}/bench-w:fresh`);
  const wAgain = await wasmpackPush(ctx, wProject, `${host}/bench-w:fresh`);
  let bFresh, bAgain;
  if (ctx.haveBuildah) {
    bFresh = await buildahPush(ctx, bProject, `${host}/bench-b:fresh`);
    bAgain = await buildahPush(ctx, bProject, `${host}/bench-b:fresh`);
  }

  // Timed: build && push with a new tag each iteration (blobs already in the repository: the
  // everyday "release the same image under a new tag" case).
  const wTimes: number[] = [];
  const bTimes: number[] = [];
  const wRequests: number[] = [];
  const bRequests: number[] = [];
  // The push of each pair alone too: a new tag for blobs already there, the everyday release.
  const wPushTimes: number[] = [];
  const bPushTimes: number[] = [];
  for (let i = 1; i <= ITERATIONS; i++) {
    progress(`build+push ${i}/${ITERATIONS}`);
    const wBuild = await wasmpack(ctx, wProject, WASMPACK_BUILD_FLAGS);
    const wPush = await wasmpackPush(ctx, wProject, `${host}/bench-w:${i}`);
    wTimes.push(wBuild.wallMs + wPush.run.wallMs);
    wPushTimes.push(wPush.run.wallMs);
    wRequests.push(wPush.counts.requests);
    if (ctx.haveBuildah) {
      const bBuild = await tool(ctx, bProject, 'buildah', [...ctx.buildahGlobal, ...BUILDAH_BUILD_FLAGS]);
      const bPush = await buildahPush(ctx, bProject, `${host}/bench-b:${i}`);
      bTimes.push(bBuild.wallMs + bPush.run.wallMs);
      bPushTimes.push(bPush.run.wallMs);
      bRequests.push(bPush.counts.requests);
    }
  }
  const wTime = summarize(wTimes);
  const bTime = bTimes.length ? summarize(bTimes) : undefined;
  const wPushTime = summarize(wPushTimes);
  const bPushTime = bPushTimes.length ? summarize(bPushTimes) : undefined;
  return {
    pushAlone: {
      wasmpack: wPushTime,
      buildah: bPushTime ?? 'skipped: buildah not on PATH',
      ratioMedian: bPushTime ? ratio(wPushTime.medianMs, bPushTime.medianMs) : null,
    },
    fresh: { wasmpack: wFresh.counts, buildah: bFresh?.counts ?? null },
    repush: { wasmpack: wAgain.counts, buildah: bAgain?.counts ?? null },
    digests: { wasmpack: wFresh.digest, buildah: bFresh?.digest ?? null },
    buildAndPush: {
      wasmpack: { time: wTime, requestsPerPush: summarize(wRequests).medianMs },
      buildah: bTime ? { time: bTime, requestsPerPush: summarize(bRequests).medianMs } : 'skipped: buildah not on PATH',
      ratioMedian: bTime ? ratio(wTime.medianMs, bTime.medianMs) : null,
      ratioP90: bTime ? ratio(wTime.p90Ms, bTime.p90Ms) : null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. Large module push: throughput and peak RSS, wasmpack vs skopeo copy of the same layout.

async function benchLarge(ctx: Context) {
  if (LARGE_MIB === 0) return 'skipped: BENCH_LARGE_MB=0';
  const project = join(ctx.work, 'large');
  const bProject = join(ctx.work, 'large-buildah');
  await mkdir(project);
  await mkdir(bProject);
  progress(`large: generating a ${LARGE_MIB} MiB module`);
  const moduleBytes = await largeModule(join(project, 'app.wasm'), LARGE_MIB);
  await cp(join(project, 'app.wasm'), join(bProject, 'app.wasm'));
  await writeFile(join(bProject, 'Containerfile'), 'FROM scratch\nCOPY app.wasm /\nENTRYPOINT ["/app.wasm"]\n');
  const buildFlags = ['build', '--json', '--wasm', 'app.wasm', '-t', 'large:1', '--timestamp', '0', '--compression', 'none'];

  // Build: wasmpack, buildah and the physical limit (read + sha256 once: sha256sum), in turns,
  // after one untimed run each (page cache).
  const wBuilds: Measured[] = [];
  const bBuilds: Measured[] = [];
  const limit: Measured[] = [];
  await tool(ctx, project, 'sha256sum', ['app.wasm']);
  await wasmpack(ctx, project, buildFlags);
  for (let i = 0; i < LARGE_ITERATIONS; i++) {
    progress(`large: build ${i + 1}/${LARGE_ITERATIONS}`);
    limit.push(await tool(ctx, project, 'sha256sum', ['app.wasm']));
    wBuilds.push(await wasmpack(ctx, project, buildFlags));
    if (ctx.haveBuildah) {
      bBuilds.push(await tool(ctx, bProject, 'buildah', [...ctx.buildahGlobal, 'build', '--platform', 'wasi/wasm', '--timestamp', '0', '-t', 'large:1', '-q', '.']));
      // Each build stores another 256 MiB copy: drop the previous image so the disk stays flat.
      await measure('buildah', [...ctx.buildahGlobal, 'rmi', '--prune'], { cwd: bProject, env: ctx.env, scratchDir: ctx.work });
    }
  }
  // The same build by another wasmpack (BENCH_BASELINE_BIN), once: what the streaming pass bought.
  let baselineRun: Measured | undefined;
  if (BASELINE_BIN) {
    progress('large: baseline build');
    const dir = join(ctx.work, 'large-baseline');
    await mkdir(dir);
    await cp(join(project, 'app.wasm'), join(dir, 'app.wasm'));
    baselineRun = await wasmpack(ctx, dir, buildFlags, true, BASELINE_BIN);
    await rm(dir, { recursive: true, force: true });
  }
  const built = JSON.parse(wBuilds.at(-1)!.stdout) as { digest: string; layout: string; size: number };
  const peakMiB = (runs: Measured[]): number | null => (runs.some((r) => r.maxRssKiB === undefined) ? null : round(Math.max(...runs.map((r) => r.maxRssKiB!)) / 1024));
  const wTime = summarize(wBuilds.map((r) => r.wallMs));
  const limitTime = summarize(limit.map((r) => r.wallMs));
  const bTime = bBuilds.length ? summarize(bBuilds.map((r) => r.wallMs)) : undefined;
  const build = {
    wasmpack: { time: wTime, maxRssMiB: peakMiB(wBuilds), digest: built.digest, reproducible: allEqual(wBuilds.map((r) => (JSON.parse(r.stdout) as { digest: string }).digest)) },
    buildah: bTime ? { time: bTime, maxRssMiB: peakMiB(bBuilds) } : 'skipped: buildah not on PATH',
    ratioMedian: bTime ? ratio(wTime.medianMs, bTime.medianMs) : null,
    ratioP90: bTime ? ratio(wTime.p90Ms, bTime.p90Ms) : null,
    physicalLimit: { what: 'sha256sum of the module (one read + one sha256)', time: limitTime, maxRssMiB: peakMiB(limit) },
    multipleOfLimit: ratio(wTime.medianMs, limitTime.medianMs),
    baseline: baselineRun ? { bin: BASELINE_BIN, wallMs: round(baselineRun.wallMs), maxRssMiB: peakMiB([baselineRun]), digest: (JSON.parse(baselineRun.stdout) as { digest: string }).digest } : null,
  };
  // The module is in the layout now; drop the inputs to keep the disk footprint down.
  await rm(join(project, 'app.wasm'));
  await rm(join(bProject, 'app.wasm'));

  const pushOne = async (proxy: CountingProxy, run: () => Promise<Measured>, digestOf: (m: Measured) => Promise<string>) => {
    proxy.take();
    const measured = await run();
    const counts = proxy.take();
    return { measured, counts, digest: await digestOf(measured) };
  };
  type PushRun = Awaited<ReturnType<typeof pushOne>>;
  const pushFigures = (runs: PushRun[]) => {
    const throughputs = runs.map((r) => mib(r.counts.blobBytesUploaded) / (r.measured.wallMs / 1000));
    return {
      time: summarize(runs.map((r) => r.measured.wallMs)),
      // Median and p90 of throughput: p90 here is the 90th percentile of the *time*, i.e. the slow end.
      throughputMiBps: round(median(throughputs)),
      throughputMiBpsSlow: round(mib(runs[0]!.counts.blobBytesUploaded) / (summarize(runs.map((r) => r.measured.wallMs)).p90Ms / 1000)),
      // The smallest upload of the runs: a run that uploaded less than the blob (a mount) shows here.
      blobMiBUploaded: mib(Math.min(...runs.map((r) => r.counts.blobBytesUploaded))),
      requests: runs[0]!.counts.requests,
      maxRssMiB: peakMiB(runs.map((r) => r.measured)),
      digest: runs[0]!.digest,
    };
  };
  const wPushes: PushRun[] = [];
  const sPushes: PushRun[] = [];
  const digestFile = join(ctx.work, 'skopeo.digest');
  for (let i = 1; i <= LARGE_ITERATIONS; i++) {
    // A fresh registry each run, so every push uploads the whole blob: in one registry skopeo
    // mounts the blob from the repository it pushed before (its blob-info cache remembers it)
    // and uploads nothing. Each tool pushes to its own repository of it.
    progress(`large: push ${i}/${LARGE_ITERATIONS}`);
    const registry = await startRegistry();
    const proxy = await startCountingProxy(registry.host);
    try {
      wPushes.push(await pushOne(proxy, () => wasmpack(ctx, project, ['push', '--json', `${proxy.host}/bench-large-w:1`]), async (m) => (JSON.parse(m.stdout) as { digest: string }).digest));
      if (ctx.haveSkopeo) {
        // --preserve-digests: skopeo would otherwise gzip the uncompressed layer on the way to a
        // docker:// destination, timing gzip instead of the upload and pushing a different image.
        sPushes.push(
          await pushOne(
            proxy,
            () => tool(ctx, project, 'skopeo', ['copy', '--preserve-digests', '--dest-tls-verify=false', '--digestfile', digestFile, built.layout, `docker://${proxy.host}/bench-large-s:1`]),
            async () => (await readFile(digestFile, 'utf8')).trim(),
          ),
        );
      }
    } finally {
      await proxy.stop();
      await registry.stop();
    }
  }
  const wasmpackFigures = pushFigures(wPushes);
  const skopeoFigures = sPushes.length ? pushFigures(sPushes) : undefined;
  return {
    moduleMiB: mib(moduleBytes),
    compression: 'none',
    iterations: LARGE_ITERATIONS,
    build,
    wasmpack: wasmpackFigures,
    skopeo: skopeoFigures ?? 'skipped: skopeo not on PATH',
    sameDigest: skopeoFigures ? skopeoFigures.digest === wasmpackFigures.digest : null,
    throughputRatio: skopeoFigures ? ratio(wasmpackFigures.throughputMiBps, skopeoFigures.throughputMiBps) : null,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

// ---------------------------------------------------------------------------------------------
// 4. AOT: the examples interpreted vs AOT-compiled, under a real iwasm.

async function benchAot(ctx: Context, helloC: string) {
  const iwasm = process.env.IWASM;
  const wamrc = process.env.WAMRC;
  if (!iwasm) return 'skipped: IWASM not set';
  if (!wamrc) return 'skipped: WAMRC not set';
  const dir = join(ctx.work, 'aot');
  await mkdir(dir);
  const modules: { name: string; wasm: string }[] = [{ name: 'hello-c', wasm: helloC }];
  // The Rust examples are built by wasmpack itself (in a copy), which picks the toolchain; the
  // module is cargo's artifact.
  for (const name of ['hello-rust', 'sleep-rust']) {
    const copy = join(dir, name);
    await cp(join(REPO_ROOT, 'examples', name), copy, { recursive: true, filter: (src) => !/\/(target|\.wasmpack)(\/|$)/.test(src) });
    const built = await wasmpack(ctx, copy, ['build', '--timestamp', '0'], false);
    const wasm = built.code === 0 ? await findRelease(join(copy, 'target')) : undefined;
    if (wasm) modules.push({ name, wasm });
    else progress(`aot: could not build ${name}; left out`);
  }
  // hash-c is the compute-heavy one (SHA-256 over 16 MiB): there the interpreter/AOT gap is the
  // code's, not start-up's. Its module comes back out of the image with `wasmpack pull -o`.
  {
    const copy = join(dir, 'hash-c');
    await cp(join(REPO_ROOT, 'examples', 'hash-c'), copy, { recursive: true, filter: (src) => !/\/\.wasmpack(\/|$)/.test(src) });
    const wasm = join(dir, 'hash-c.wasm');
    const built = await wasmpack(ctx, copy, ['build', '--timestamp', '0', '-t', 'hash-c:bench'], false);
    const pulled = built.code === 0 ? await wasmpack(ctx, copy, ['pull', `oci:${join(copy, '.wasmpack', 'oci')}:hash-c:bench`, '-o', wasm], false) : built;
    if (pulled.code === 0) modules.push({ name: 'hash-c', wasm });
    else progress('aot: could not build hash-c; left out');
  }
  const results: Record<string, unknown> = {};
  for (const { name, wasm } of modules) {
    progress(`aot: ${name}`);
    const aot = join(dir, `${name}.aot`);
    await tool(ctx, dir, wamrc, ['-o', aot, wasm]);
    // sleep-rust sleeps SLEEP_TIME seconds (default 60): 0 keeps the run about start-up and code.
    const args = (file: string): string[] => ['--env=SLEEP_TIME=0', file];
    const interp: number[] = [];
    const compiled: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      interp.push((await tool(ctx, dir, iwasm, args(wasm))).wallMs);
      compiled.push((await tool(ctx, dir, iwasm, args(aot))).wallMs);
    }
    const a = summarize(interp);
    const b = summarize(compiled);
    results[name] = { interpreted: a, aot: b, ratioMedian: ratio(b.medianMs, a.medianMs) };
  }
  return { iwasm: version(iwasm, ['--version']), wamrc: version(wamrc, ['--version']), modules: results };
}

async function findRelease(target: string): Promise<string | undefined> {
  for (const triple of ['wasm32-wasip1', 'wasm32-wasi']) {
    const dir = join(target, triple, 'release');
    const found = (await readdir(dir).catch(() => [] as string[])).find((f) => f.endsWith('.wasm'));
    if (found) return join(dir, found);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 5. Levers: what each change bought, measured in this run (bench/README.md reads them).

interface Variant {
  label: string;
  bin: string;
}

async function benchLevers(ctx: Context, wProject: string) {
  const variants: Variant[] = [{ label: 'bundle, code-split (bin/, what ships)', bin: WASMPACK_BIN }];
  progress('levers: making the variants');
  const bundler = (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'bundle.mjs')).href)) as { writeVariant(dir: string, overrides: object): Promise<string> };
  variants.push({ label: 'one bundle file, no code splitting', bin: await bundler.writeVariant(join(ctx.work, 'variant-nosplit'), { splitting: false }) });
  const unbundled = join(REPO_ROOT, 'dist', 'src', 'cli', 'bin.js');
  if (existsSync(unbundled)) variants.push({ label: 'same sources unbundled (tsc dist/, node_modules)', bin: unbundled });
  if (BASELINE_BIN) variants.push({ label: `baseline: ${BASELINE_BIN}`, bin: BASELINE_BIN });

  const startup = variants.map(() => [] as number[]);
  const build = variants.map(() => [] as number[]);
  for (const v of variants) {
    await wasmpack(ctx, wProject, ['--version'], true, v.bin);
    await wasmpack(ctx, wProject, WASMPACK_BUILD_FLAGS, true, v.bin);
  }
  for (let i = 0; i < ITERATIONS; i++) {
    progress(`levers: start-up and build ${i + 1}/${ITERATIONS}`);
    for (const [k, v] of variants.entries()) {
      startup[k]!.push((await wasmpack(ctx, wProject, ['--version'], true, v.bin)).wallMs);
      build[k]!.push((await wasmpack(ctx, wProject, WASMPACK_BUILD_FLAGS, true, v.bin)).wallMs);
    }
  }
  const cli = variants.map((v, k) => ({ variant: v.label, version: summarize(startup[k]!), build: summarize(build[k]!) }));

  // Validation of the small module, each in a fresh process (wabt's cost is mostly its first call:
  // instantiating a 700 KB emscripten module): V8 (what every build runs now) vs wabt (before).
  const script = join(ctx.work, 'validate-timing.mjs');
  const validate = pathToFileURL(join(REPO_ROOT, 'dist', 'src', 'wasm', 'validate.js')).href;
  await writeFile(
    script,
    `import { readFile } from 'node:fs/promises';
const { loadWabt, WASM_FEATURES } = await import(${JSON.stringify(validate)});
const bytes = await readFile(process.argv[2]);
const which = process.argv[3];
const t0 = performance.now();
if (which === 'v8') { if (!WebAssembly.validate(bytes)) throw new Error('invalid'); }
else { const wabt = await loadWabt(); const m = wabt.readWasm(bytes, { readDebugNames: false, ...WASM_FEATURES }); m.validate(); m.destroy(); }
process.stdout.write(String(performance.now() - t0));
`,
  );
  const v8: number[] = [];
  const wabt: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    v8.push(Number((await tool(ctx, wProject, process.execPath, [script, join(wProject, 'app.wasm'), 'v8'])).stdout));
    wabt.push(Number((await tool(ctx, wProject, process.execPath, [script, join(wProject, 'app.wasm'), 'wabt'])).stdout));
  }
  return { cli, validation: { v8: summarize(v8), wabt: summarize(wabt) } };
}

// ---------------------------------------------------------------------------------------------
// The issue's goals, one row each, from the figures above.

interface GoalRow {
  goal: string;
  wasmpack: string;
  peer: string;
  ratio: number | null;
  target: string;
  met: boolean | null;
}

function goals(r: { build: Awaited<ReturnType<typeof benchBuild>>; push: Awaited<ReturnType<typeof benchPush>>; large: Awaited<ReturnType<typeof benchLarge>> }): GoalRow[] {
  const rows: GoalRow[] = [];
  const b = r.build;
  rows.push({ goal: '`wasmpack --version` vs `node -e 0`', wasmpack: ms(b.wasmpackStartup), peer: ms(b.nodeStartup), ratio: b.startupRatioMedian, target: '<= 1.3', met: b.startupRatioMedian <= 1.3 });
  rows.push({
    goal: '`build --wasm` small module vs `buildah build`',
    wasmpack: ms(b.wasmpack.time),
    peer: typeof b.buildah === 'string' ? b.buildah : ms(b.buildah.time),
    ratio: b.ratioMedian,
    target: '<= 0.5',
    met: b.ratioMedian === null ? null : b.ratioMedian <= 0.5,
  });
  const bp = r.push.buildAndPush;
  rows.push({
    goal: '`build && push` vs `buildah build && buildah push`',
    wasmpack: ms(bp.wasmpack.time),
    peer: typeof bp.buildah === 'string' ? bp.buildah : ms(bp.buildah.time),
    ratio: bp.ratioMedian,
    target: '<= 0.6',
    met: bp.ratioMedian === null ? null : bp.ratioMedian <= 0.6,
  });
  const pa = r.push.pushAlone;
  rows.push({
    goal: '`push` (new tag, blobs there) vs `buildah push`',
    wasmpack: ms(pa.wasmpack),
    peer: typeof pa.buildah === 'string' ? pa.buildah : ms(pa.buildah),
    ratio: pa.ratioMedian,
    target: '<= 1.0',
    met: pa.ratioMedian === null ? null : pa.ratioMedian <= 1.0,
  });
  const large = r.large;
  if (typeof large === 'string') return rows;
  const lb = large.build;
  rows.push({
    goal: `${large.moduleMiB} MiB: \`build\` time vs \`buildah build\``,
    wasmpack: ms(lb.wasmpack.time),
    peer: typeof lb.buildah === 'string' ? lb.buildah : ms(lb.buildah.time),
    ratio: lb.ratioMedian,
    target: '<= 0.5',
    met: lb.ratioMedian === null ? null : lb.ratioMedian <= 0.5,
  });
  rows.push({
    goal: `${large.moduleMiB} MiB: \`build\` peak RSS (MiB)`,
    wasmpack: String(lb.wasmpack.maxRssMiB ?? 'n/a'),
    peer: typeof lb.buildah === 'string' ? '-' : String(lb.buildah.maxRssMiB ?? 'n/a'),
    ratio: typeof lb.buildah === 'string' || !lb.buildah.maxRssMiB || !lb.wasmpack.maxRssMiB ? null : ratio(lb.wasmpack.maxRssMiB, lb.buildah.maxRssMiB),
    target: '<= 150 MiB',
    met: lb.wasmpack.maxRssMiB === null ? null : lb.wasmpack.maxRssMiB <= 150,
  });
  const sk = large.skopeo;
  rows.push({
    goal: `${large.moduleMiB} MiB: \`push\` throughput (MiB/s) vs \`skopeo copy\``,
    wasmpack: String(large.wasmpack.throughputMiBps),
    peer: typeof sk === 'string' ? sk : String(sk.throughputMiBps),
    ratio: large.throughputRatio,
    target: '>= 1.0',
    met: large.throughputRatio === null ? null : large.throughputRatio >= 1.0,
  });
  rows.push({
    goal: `${large.moduleMiB} MiB: \`push\` peak RSS (MiB)`,
    wasmpack: String(large.wasmpack.maxRssMiB ?? 'n/a'),
    peer: typeof sk === 'string' ? '-' : String(sk.maxRssMiB ?? 'n/a'),
    ratio: typeof sk === 'string' || !sk.maxRssMiB || !large.wasmpack.maxRssMiB ? null : ratio(large.wasmpack.maxRssMiB, sk.maxRssMiB),
    target: '<= 90 MiB',
    met: large.wasmpack.maxRssMiB === null ? null : large.wasmpack.maxRssMiB <= 90,
  });
  rows.push({
    goal: `physical limit: \`sha256sum\` of the ${large.moduleMiB} MiB module; build as a multiple of it`,
    wasmpack: ms(lb.wasmpack.time),
    peer: ms(lb.physicalLimit.time),
    ratio: lb.multipleOfLimit,
    target: '(no goal)',
    met: null,
  });
  return rows;
}

// ---------------------------------------------------------------------------------------------

function ms(s: Summary): string {
  return `${s.medianMs} / ${s.p90Ms}`;
}

function report(results: Awaited<ReturnType<typeof collect>>): void {
  const out: string[] = [];
  const { build, push, large, aot, machine } = results;
  out.push(`wasmpack benchmark — ${results.date} — ${machine.cpus} x ${machine.cpuModel}, node ${machine.node}, ${machine.buildah}, ${machine.skopeo}`);
  out.push(`iterations: ${ITERATIONS}; module: ${results.smallModule}; peak RSS via ${rssMethod}`);
  out.push('', '1. Build of a prebuilt module (wall ms: median / p90)');
  const rows: (string | number)[][] = [['wasmpack build --wasm', ms(build.wasmpack.time), build.wasmpack.maxRssMiB, build.wasmpack.reproducible ? 'yes' : `NO (${build.wasmpack.digests.length} digests)`]];
  if (typeof build.buildah !== 'string') rows.push(['buildah build (vfs)', ms(build.buildah.time), build.buildah.maxRssMiB, build.buildah.reproducible ? 'yes' : `NO (${build.buildah.digests.length} digests)`]);
  rows.push(['(wasmpack --version: CLI start-up)', ms(build.wasmpackStartup), '', '']);
  out.push(table(['tool', 'median / p90 ms', 'peak RSS MiB', 'reproducible'], rows));
  out.push(typeof build.buildah === 'string' ? build.buildah : `ratio wasmpack/buildah: median ${build.ratioMedian}, p90 ${build.ratioP90}`);

  out.push('', '2. Build + push to the same local registry (through the counting proxy)');
  const bp = push.buildAndPush;
  const pushRows: (string | number)[][] = [['wasmpack build && wasmpack push', ms(bp.wasmpack.time), bp.wasmpack.requestsPerPush]];
  if (typeof bp.buildah !== 'string') pushRows.push(['buildah build && buildah push', ms(bp.buildah.time), bp.buildah.requestsPerPush]);
  out.push(table(['build + push, new tag each time', 'median / p90 ms', 'requests/push'], pushRows));
  out.push(typeof bp.buildah === 'string' ? bp.buildah : `ratio wasmpack/buildah: median ${bp.ratioMedian}, p90 ${bp.ratioP90}`);
  const pa = push.pushAlone;
  out.push(`the push of each pair alone: wasmpack ${ms(pa.wasmpack)} ms, buildah ${typeof pa.buildah === 'string' ? pa.buildah : `${ms(pa.buildah)} ms`}; ratio ${pa.ratioMedian ?? '-'}`);
  const countRow = (label: string, c: PushCounts | null): (string | number)[] =>
    c ? [label, c.requests, methods(c.byMethod), c.blobBytesUploaded, c.manifestBytesUploaded, c.wallMs, c.selfReported ? `${c.selfReported.requests} req, ${c.selfReported.bytesUploaded} B` : '-'] : [label, '-', '-', '-', '-', '-', '-'];
  out.push('');
  out.push(table(['push only (image already built)', 'requests', 'by method', 'blob bytes up', 'manifest bytes up', 'wall ms', 'wasmpack --json says'], [
    countRow('wasmpack fresh push', push.fresh.wasmpack),
    countRow('wasmpack re-push (unchanged)', push.repush.wasmpack),
    countRow('buildah fresh push', push.fresh.buildah),
    countRow('buildah re-push (unchanged)', push.repush.buildah),
  ]));
  out.push(`pushed digests: wasmpack ${push.digests.wasmpack}, buildah ${push.digests.buildah ?? '-'} (not the same image: see bench/README.md)`);

  out.push('', `3. Large module (${LARGE_MIB} MiB, --compression none, ${LARGE_ITERATIONS} runs each; push to a fresh repository each run)`);
  if (typeof large === 'string') out.push(large);
  else {
    const lb = large.build;
    const buildRows: (string | number)[][] = [['wasmpack build', ms(lb.wasmpack.time), lb.wasmpack.maxRssMiB ?? 'n/a', lb.wasmpack.reproducible ? 'yes' : 'NO']];
    if (typeof lb.buildah !== 'string') buildRows.push(['buildah build (vfs)', ms(lb.buildah.time), lb.buildah.maxRssMiB ?? 'n/a', '']);
    buildRows.push([lb.physicalLimit.what, ms(lb.physicalLimit.time), lb.physicalLimit.maxRssMiB ?? 'n/a', '']);
    if (lb.baseline) buildRows.push(['baseline wasmpack build (1 run)', `${lb.baseline.wallMs}`, lb.baseline.maxRssMiB ?? 'n/a', lb.baseline.digest === lb.wasmpack.digest ? 'same digest' : 'DIFFERENT digest']);
    out.push(table(['build', 'median / p90 ms', 'peak RSS MiB', 'reproducible'], buildRows));
    out.push(`${typeof lb.buildah === 'string' ? lb.buildah : `ratio wasmpack/buildah: median ${lb.ratioMedian}, p90 ${lb.ratioP90}`}; wasmpack build = ${lb.multipleOfLimit} x sha256sum`);
    const lr = (label: string, f: typeof large.wasmpack): (string | number)[] => [label, ms(f.time), f.throughputMiBps, f.blobMiBUploaded, f.requests, f.maxRssMiB ?? 'n/a'];
    const largeRows = [lr('wasmpack push', large.wasmpack)];
    if (typeof large.skopeo !== 'string') largeRows.push(lr('skopeo copy --preserve-digests', large.skopeo));
    out.push('');
    out.push(table(['push', 'median / p90 ms', 'MiB/s (median)', 'blob MiB up', 'requests', 'peak RSS MiB'], largeRows));
    out.push(typeof large.skopeo === 'string' ? large.skopeo : `throughput ratio wasmpack/skopeo: ${large.throughputRatio}; same manifest digest: ${large.sameDigest ? 'yes' : 'NO'}`);
  }

  out.push('', '4. AOT (iwasm interpreted vs AOT)');
  if (typeof aot === 'string') out.push(aot);
  else {
    out.push(`${aot.iwasm}; ${aot.wamrc}`);
    out.push(table(['example', 'interpreted ms', 'aot ms', 'aot/interp'], Object.entries(aot.modules).map(([name, r]) => {
      const f = r as { interpreted: Summary; aot: Summary; ratioMedian: number };
      return [name, ms(f.interpreted), ms(f.aot), f.ratioMedian];
    })));
  }
  out.push('', '5. Levers (wall ms, median / p90)');
  out.push(table(['variant', '--version', 'build --wasm (small)'], results.levers.cli.map((c) => [c.variant, ms(c.version), ms(c.build)])));
  out.push(`validation of the small module in a fresh process: V8 WebAssembly.validate ${ms(results.levers.validation.v8)} ms, wabt (load + read + validate) ${ms(results.levers.validation.wabt)} ms`);

  out.push('', `6. Node versions (wall ms, median / p90; in turns; buildah's small build from section 1: ${typeof build.buildah === 'string' ? '-' : build.buildah.time.medianMs} ms)`);
  out.push(nodesTable(results.nodes, typeof build.buildah === 'string' ? null : build.buildah.time.medianMs));

  out.push('', '7. SBOM (bench/sbom.ts): build + push of the small module, new tag each time');
  const sb = results.sbom;
  out.push(table(['build + push', 'median / p90 ms', 'requests/push'], [['--sbom none', ms(sb.without.time), sb.without.requestsPerPush], ['--sbom spdx (default)', ms(sb.with.time), sb.with.requestsPerPush]]));
  out.push(`the SBOM referrer adds ${sb.addedRequests} request(s) per push to a new tag (a HEAD of the referrer's manifest, which the registry holds already; a first push also uploads its blobs and manifest and reads and puts the sha256-<hex> fallback index)`);

  const lp = results.largePull;
  out.push('', '8. Large pull (`pull -o` from the registry; goal: peak RSS <= 100 MiB, output byte-identical)');
  out.push(typeof lp === 'string' ? lp : table(['pull', 'median / p90 ms', 'MiB/s (median)', 'peak RSS MiB', 'byte-identical'], [[`${lp.moduleMiB} MiB module`, ms(lp.time), lp.throughputMiBps, lp.maxRssMiB ?? 'n/a', lp.identical ? 'yes' : 'NO']]));

  out.push('', `Goals (on node ${machine.node}): wasmpack's figure, the peer's, wasmpack / peer`);
  out.push(table(['goal', 'wasmpack', 'peer', 'ratio', 'target', 'met'], results.goals.map((g) => [g.goal, g.wasmpack, g.peer, g.ratio ?? '-', g.target, g.met === null ? '-' : g.met ? 'yes' : 'NO'])));
  out.push('');
  process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(`BENCH_JSON ${JSON.stringify(results)}\n`);
}

/** One column per node version; rows: node alone, then per CLI its --version and small build with their ratios. */
function nodesTable(rows: NodeRow[], buildahBuildMs: number | null): string {
  const cell = (s: Summary | string) => (typeof s === 'string' ? s : ms(s));
  const lines: (string | number)[][] = [['`node -e 0`', ...rows.map((r) => ms(r.nodeAlone))]];
  for (const [c, cli] of (rows[0]?.clis ?? []).entries()) {
    const of = (r: NodeRow) => r.clis[c]!;
    lines.push([`${cli.cli}: --version`, ...rows.map((r) => cell(of(r).version))]);
    lines.push(['  ratio to `node -e 0` (goal <= 1.3)', ...rows.map((r) => { const v = of(r).version; return typeof v === 'string' ? '-' : ratio(v.medianMs, r.nodeAlone.medianMs); })]);
    lines.push([`${cli.cli}: build --wasm (small)`, ...rows.map((r) => cell(of(r).build))]);
    lines.push(['  ratio to `buildah build` (goal <= 0.5)', ...rows.map((r) => { const v = of(r).build; return typeof v === 'string' || buildahBuildMs === null ? '-' : ratio(v.medianMs, buildahBuildMs); })]);
  }
  return table(['', ...rows.map((r) => `node ${r.node}`)], lines);
}

function methods(byMethod: Record<string, number>): string {
  return Object.entries(byMethod).sort(([a], [b]) => a.localeCompare(b)).map(([m, n]) => `${m}:${n}`).join(' ');
}

async function collect() {
  const work = await mkdtemp(join(tmpdir(), 'wasmpack-bench-'));
  cleanups.push(() => rm(work, { recursive: true, force: true }));
  const haveBuildah = onPath('buildah');
  const haveSkopeo = onPath('skopeo');
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, buildah: haveBuildah ? version('buildah', ['--version']) : 'no buildah', skopeo: haveSkopeo ? version('skopeo', ['--version']) : 'no skopeo' };

  const tmp = join(work, 'tmp');
  await mkdir(tmp);
  // CI=true: plain progress lines. TMPDIR: buildah's and skopeo's scratch files stay in `work`.
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', TMPDIR: tmp };
  // A private buildah store (vfs, see ENVIRONMENT.md): no image or layer lands in the global one.
  const buildahGlobal = ['--root', join(work, 'buildah', 'root'), '--runroot', join(work, 'buildah', 'runroot'), '--storage-driver', 'vfs'];

  const wProject = join(work, 'wasmpack-project');
  const bProject = join(work, 'buildah-project');
  await mkdir(wProject);
  await mkdir(bProject);
  const small = await smallModule(REPO_ROOT, join(wProject, 'app.wasm'));
  await cp(small.path, join(bProject, 'app.wasm'));
  await writeFile(join(bProject, 'Containerfile'), 'FROM scratch\nCOPY app.wasm /\nENTRYPOINT ["/app.wasm"]\n');

  progress('starting docker-registry and the counting proxy');
  const registry = await startRegistry();
  cleanups.push(() => registry.stop());
  const proxy = await startCountingProxy(registry.host);
  cleanups.push(() => proxy.stop());

  const ctx: Context = { work, env, proxy, buildahGlobal, haveBuildah, haveSkopeo };
  const build = await benchBuild(ctx, wProject, bProject);
  const push = await benchPush(ctx, wProject, bProject);
  const large = await benchLarge(ctx);
  const aot = await benchAot(ctx, small.path);
  const levers = await benchLevers(ctx, wProject);
  const clis = [{ label: 'wasmpack (bin/)', bin: WASMPACK_BIN }, ...(BASELINE_BIN ? [{ label: 'baseline', bin: BASELINE_BIN }] : [])];
  const nodes = await benchNodes({
    iterations: ITERATIONS,
    nodes: nodeRuntimes(process.execPath),
    clis,
    buildArgs: WASMPACK_BUILD_FLAGS,
    run: (cmd, args) => measure(cmd, args, { cwd: wProject, env, scratchDir: work }),
    beforeBuild: () => rm(join(wProject, '.wasmpack', 'last-build.json'), { force: true }),
    progress,
  });
  progress('SBOM: build+push with and without');
  const sbom = await benchSbom({
    iterations: ITERATIONS,
    host: proxy.host,
    buildFlags: WASMPACK_BUILD_FLAGS,
    build: (args) => wasmpack(ctx, wProject, args),
    push: async (ref) => {
      const pushed = await wasmpackPush(ctx, wProject, ref);
      return { run: pushed.run, requests: pushed.counts.requests };
    },
  });
  const largePull = await benchLargePull(ctx);
  return {
    date: new Date().toISOString(),
    machine,
    config: { iterations: ITERATIONS, largeMiB: LARGE_MIB, largeIterations: LARGE_ITERATIONS, baseline: BASELINE_BIN ?? null, rssMethod, registry: 'docker-registry (distribution), plain HTTP on 127.0.0.1, behind an in-process counting proxy' },
    smallModule: small.source,
    build,
    push,
    large,
    aot,
    levers,
    nodes,
    sbom,
    largePull,
    goals: goals({ build, push, large }),
  };
}

// ---------------------------------------------------------------------------------------------
// Large pull (one self-contained section): `pull -o` of a BENCH_PULL_MB (default 1024; 0 skips)
// MiB module from the registry. Sources stream every blob, so peak RSS should stay flat
// (goal <= 100 MiB) and the file must be the module byte for byte.
const PULL_MIB = positiveInt('BENCH_PULL_MB', 1024, 0);

async function benchLargePull(ctx: Context) {
  if (PULL_MIB === 0) return 'skipped: BENCH_PULL_MB=0';
  const project = join(ctx.work, 'large-pull');
  await mkdir(project);
  progress(`large pull: generating a ${PULL_MIB} MiB module`);
  const moduleBytes = await largeModule(join(project, 'app.wasm'), PULL_MIB);
  const sha = async (file: string): Promise<string> => (await tool(ctx, project, 'sha256sum', [file])).stdout.split(' ')[0]!;
  const expected = await sha('app.wasm');
  const registry = await startRegistry();
  try {
    const ref = `${registry.host}/bench-pull:1`;
    await wasmpack(ctx, project, ['build', '--wasm', 'app.wasm', '-t', ref, '--timestamp', '0', '--compression', 'none', '--push', '-q']);
    // Only the registry's copy is needed now: keep the disk footprint down.
    await rm(join(project, 'app.wasm'));
    await rm(join(project, '.wasmpack'), { recursive: true, force: true });
    const runs: Measured[] = [];
    let identical = true;
    for (let i = 1; i <= LARGE_ITERATIONS; i++) {
      progress(`large pull: ${i}/${LARGE_ITERATIONS}`);
      await rm(join(project, 'pulled.wasm'), { force: true });
      runs.push(await wasmpack(ctx, project, ['pull', ref, '-o', 'pulled.wasm', '--json']));
      identical &&= (await sha('pulled.wasm')) === expected;
    }
    const time = summarize(runs.map((r) => r.wallMs));
    const rss = runs.map((r) => r.maxRssKiB);
    return {
      moduleMiB: mib(moduleBytes),
      iterations: LARGE_ITERATIONS,
      time,
      throughputMiBps: round(mib(moduleBytes) / (time.medianMs / 1000)),
      maxRssMiB: rss.some((k) => k === undefined) ? null : round(Math.max(...(rss as number[])) / 1024),
      identical,
    };
  } finally {
    await registry.stop();
  }
}

async function main(): Promise<void> {
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) return;
    interrupted = true;
    progress(`${signal}: cleaning up`);
    killRunning();
    void cleanUp().finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const results = await collect();
    report(results);
    if (process.env.BENCH_JSON_OUT) await writeFile(process.env.BENCH_JSON_OUT, JSON.stringify(results, null, 2) + '\n');
  } finally {
    await cleanUp();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
});
