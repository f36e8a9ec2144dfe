/**
 * SIGINT and SIGTERM at random points of `build` and `push` (the trust suite, part 3). After
 * every run: the exit code is 130 (SIGINT) or 143 (SIGTERM), or the signal's own death when it
 * came before wasmpack listened, or 0 when the command had already finished; the local layout is
 * whole (every blob it references is there, with its digest; no *.tmp); an archive is either
 * absent or complete; no temp files are left in TMPDIR; the registry holds no tag that references
 * missing content, and a tag is either absent or the built digest. Seeded: WASMPACK_TRUST_SEED.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { copyExample, WASMPACK_BIN } from '../helpers/cli.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { auditRegistry, tagDigest } from '../helpers/registry-audit.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { between, derivedRandom, pick, suiteSeed } from '../helpers/seeded-random.js';
import { recordFigures } from '../helpers/trust-figures.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';

const exec = promisify(execFile);
const SEED = suiteSeed();
const BUILD_RUNS = Number(process.env.WASMPACK_TRUST_SIGNAL_BUILDS ?? 12);
const PUSH_RUNS = Number(process.env.WASMPACK_TRUST_SIGNAL_PUSHES ?? 12);
const EXIT_CODE: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The signal was sent while the process was still running. */
  sent: boolean;
  ms: number;
}

/** Runs the CLI and sends `signal` after `delayMs` (never, if undefined). */
function runAndSignal(args: string[], env: NodeJS.ProcessEnv, signal: NodeJS.Signals | undefined, delayMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [WASMPACK_BIN, ...args], { env: { ...process.env, CI: 'true', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = signal
      ? setTimeout(() => {
          if (child.exitCode === null && child.signalCode === null) sent = child.kill(signal);
        }, delayMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, stdout, stderr, sent, ms: Date.now() - started });
    });
  });
}

async function sha256File(path: string): Promise<string> {
  return `sha256:${createHash('sha256').update(await readFile(path)).digest('hex')}`;
}

async function walkFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walkFiles(path)));
    else out.push(path);
  }
  return out;
}

/** An OCI layout is whole: index.json parses and everything it references is there with its digest. */
async function layoutProblems(layout: string): Promise<string[]> {
  const problems: string[] = [];
  const files = await walkFiles(layout);
  if (files.length === 0) return problems;
  for (const f of files) if (/\.tmp$|\.tmp-|\.partial$/.test(f)) problems.push(`stray temp file ${f}`);
  let index: { manifests?: Array<{ digest: string; size: number }> };
  try {
    index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8'));
    JSON.parse(await readFile(join(layout, 'oci-layout'), 'utf8'));
  } catch (err) {
    return [...problems, `index.json or oci-layout unreadable: ${(err as Error).message}`];
  }
  const check = async (digest: string, size: number | undefined, what: string): Promise<Buffer | undefined> => {
    const path = join(layout, 'blobs', 'sha256', digest.slice('sha256:'.length));
    const info = await stat(path).catch(() => undefined);
    if (!info) return void problems.push(`${what} ${digest} is missing`);
    if (size !== undefined && info.size !== size) problems.push(`${what} ${digest} has ${info.size} bytes, not ${size}`);
    if ((await sha256File(path)) !== digest) problems.push(`${what} ${digest} has other content`);
    return readFile(path);
  };
  for (const entry of index.manifests ?? []) {
    const bytes = await check(entry.digest, entry.size, 'manifest');
    if (!bytes) continue;
    const manifest = JSON.parse(bytes.toString()) as { config?: { digest: string; size: number }; layers?: Array<{ digest: string; size: number }> };
    for (const blob of [...(manifest.config ? [manifest.config] : []), ...(manifest.layers ?? [])]) await check(blob.digest, blob.size, 'blob');
  }
  return problems;
}

describe('SIGINT and SIGTERM at random points', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  let work: string;
  const violations: string[] = [];
  let interrupted = 0;
  let finished = 0;

  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ upstream: registry.url });
    work = await mkdtemp(join(tmpdir(), 'wasmpack-trust-signals-'));
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    await rm(work, { recursive: true, force: true });
  });

  /** Exit code and TMPDIR after one run; returns whether the signal took effect. */
  async function checkRun(what: string, run: Run, signal: NodeJS.Signals, tmp: string): Promise<'interrupted' | 'finished'> {
    const left = await readdir(tmp);
    if (left.length) violations.push(`${what}: temp files left in TMPDIR: ${left.join(', ')}`);
    if (run.signal === signal) return 'interrupted';
    if (run.code === EXIT_CODE[signal]) {
      if (!/^error\[INTERRUPTED\]/m.test(run.stderr)) violations.push(`${what}: exit ${run.code} without error[INTERRUPTED]\n${run.stderr}`);
      return 'interrupted';
    }
    if (run.code === 0) {
      // Done before the signal landed (it came after the process stopped listening).
      return 'finished';
    }
    violations.push(`${what}: ${signal} ${run.sent ? 'sent' : 'not sent'}, exit ${run.code ?? run.signal}, expected ${EXIT_CODE[signal]}\n${run.stderr}`);
    return 'interrupted';
  }

  test(`${BUILD_RUNS} builds interrupted at random points`, async () => {
    const random = derivedRandom(SEED, 'signals/build');
    const prebuilt = join(work, 'prebuilt');
    await mkdir(prebuilt, { recursive: true });
    await writeMinimalModule(join(prebuilt, 'app.wasm'), 6 * 1024 * 1024);
    const c = await copyExample('hello-c');
    const projects = [
      // --wasm is relative to the working directory, not DIR.
      { dir: prebuilt, args: ['--wasm', join(prebuilt, 'app.wasm')] },
      { dir: c, args: [] as string[] },
    ];
    // One uninterrupted run of each sets the window the signals land in.
    const windows: number[] = [];
    for (const p of projects) {
      const tmp = await mkdtemp(join(work, 'tmp-'));
      const run = await runAndSignal(['build', p.dir, ...p.args, '-q'], { TMPDIR: tmp }, undefined, 0);
      assert.equal(run.code, 0, run.stderr);
      windows.push(run.ms);
    }
    for (let i = 0; i < BUILD_RUNS; i++) {
      const which = between(random, 0, projects.length - 1);
      const project = projects[which]!;
      const signal = pick(random, ['SIGINT', 'SIGTERM'] as const);
      const delay = Math.floor(random() * windows[which]!);
      const tmp = await mkdtemp(join(work, 'tmp-'));
      const archive = join(work, `build-${i}.tar`);
      const what = `build ${i} (${which === 0 ? 'prebuilt' : 'hello-c'}, ${signal} after ${delay} ms)`;
      const run = await runAndSignal(['build', project.dir, ...project.args, '-t', `local/app:${i}`, '-o', `oci-archive:${archive}`, '-q'], { TMPDIR: tmp }, signal, delay);
      const outcome = await checkRun(what, run, signal, tmp);
      outcome === 'interrupted' ? interrupted++ : finished++;
      for (const problem of await layoutProblems(join(project.dir, '.wasmpack', 'oci'))) violations.push(`${what}: layout: ${problem}`);
      const siblings = (await readdir(work)).filter((n) => n.startsWith(`build-${i}.tar.`));
      if (siblings.length) violations.push(`${what}: partial archive files: ${siblings.join(', ')}`);
      const archived = await stat(archive).catch(() => undefined);
      if (archived) {
        const listing = await exec('tar', ['-tf', archive]).then((r) => r.stdout, () => '');
        if (!listing.includes('index.json') || !listing.includes('oci-layout')) violations.push(`${what}: ${archive} is not a complete OCI archive`);
      } else if (outcome === 'finished') violations.push(`${what}: exit 0 but no archive`);
      // last-build.json names a layout entry (ref); the layout must hold it.
      const state = await readFile(join(project.dir, '.wasmpack', 'last-build.json'), 'utf8').then((t) => JSON.parse(t) as { ref?: string }, () => undefined);
      if (state?.ref) {
        const index = await readFile(join(project.dir, '.wasmpack', 'oci', 'index.json'), 'utf8').then((t) => JSON.parse(t) as { manifests?: Array<{ annotations?: Record<string, string> }> }, () => undefined);
        if (!index?.manifests?.some((m) => m.annotations?.['org.opencontainers.image.ref.name'] === state.ref)) violations.push(`${what}: last-build.json names ${state.ref}, which the layout does not hold`);
      }
      if (outcome === 'finished' && !/@sha256:[0-9a-f]{64}$/m.test(run.stdout)) violations.push(`${what}: exit 0 without a digest on stdout`);
    }
  });

  test(`${PUSH_RUNS} pushes interrupted at random points`, async () => {
    const random = derivedRandom(SEED, 'signals/push');
    const dir = join(work, 'push-project');
    await mkdir(dir, { recursive: true });
    await writeMinimalModule(join(dir, 'app.wasm'), 4 * 1024 * 1024);
    const tmp0 = await mkdtemp(join(work, 'tmp-'));
    const built = await runAndSignal(['build', dir, '--wasm', join(dir, 'app.wasm'), '--compression', 'none', '--no-strip', '-q'], { TMPDIR: tmp0 }, undefined, 0);
    assert.equal(built.code, 0, built.stderr);
    const digest = built.stdout.trim().split('@')[1]!;
    const indexBefore = await readFile(join(dir, '.wasmpack', 'oci', 'index.json'));
    // Uploads and manifest PUTs are slowed, so signals land in every phase of the push.
    proxy.addRule({ method: 'PUT', times: Infinity, action: { kind: 'delay', ms: 150 } });
    proxy.addRule({ method: 'POST', times: Infinity, action: { kind: 'delay', ms: 100 } });
    const calibrate = await runAndSignal(['push', '-C', dir, `${proxy.host}/signals/calibrate:1`, '-q'], { TMPDIR: tmp0 }, undefined, 0);
    assert.equal(calibrate.code, 0, calibrate.stderr);
    for (let i = 0; i < PUSH_RUNS; i++) {
      const signal = pick(random, ['SIGINT', 'SIGTERM'] as const);
      const delay = Math.floor(random() * calibrate.ms);
      const repo = `signals/p${i}`;
      const tmp = await mkdtemp(join(work, 'tmp-'));
      const what = `push ${i} (${signal} after ${delay} ms)`;
      const run = await runAndSignal(['push', '-C', dir, `${proxy.host}/${repo}:1`, '-t', `${proxy.host}/${repo}:2`, '-q'], { TMPDIR: tmp }, signal, delay);
      const outcome = await checkRun(what, run, signal, tmp);
      outcome === 'interrupted' ? interrupted++ : finished++;
      const access = { url: registry.url };
      for (const problem of (await auditRegistry(access, [repo])).problems) violations.push(`${what}: ${problem}`);
      for (const tag of ['1', '2']) {
        const at = await tagDigest(access, repo, tag);
        if (at !== undefined && at !== digest) violations.push(`${what}: ${repo}:${tag} points at ${at}, built ${digest}`);
        if (outcome === 'finished' && at !== digest) violations.push(`${what}: exit 0 but ${repo}:${tag} is ${at ?? 'missing'}`);
      }
      if (!(await readFile(join(dir, '.wasmpack', 'oci', 'index.json'))).equals(indexBefore)) violations.push(`${what}: push changed the local layout`);
    }
    proxy.clearRules();
  });

  test('SIGTERM inside a slowed manifest PUT: the PUT finishes, the tag resolves with all its blobs, exit 143', async () => {
    const dir = join(work, 'slow-manifest');
    await mkdir(dir, { recursive: true });
    await writeMinimalModule(join(dir, 'app.wasm'), 256 * 1024);
    const tmp = await mkdtemp(join(work, 'tmp-'));
    const built = await runAndSignal(['build', dir, '--wasm', join(dir, 'app.wasm'), '-q'], { TMPDIR: tmp }, undefined, 0);
    assert.equal(built.code, 0, built.stderr);
    const digest = built.stdout.trim().split('@')[1]!;
    // The proxy holds the first tag PUT for 2 s before passing it on: the signal lands while it is on the wire.
    proxy.addRule({ method: 'PUT', path: /\/manifests\/1$/, action: { kind: 'delay', ms: 2000 } });
    const child = spawn(process.execPath, [WASMPACK_BIN, 'push', '-C', dir, `${proxy.host}/signals/slow:1`, '-t', `${proxy.host}/signals/slow:2`, '-q'], { env: { ...process.env, CI: 'true', TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const putOnTheWire = async (): Promise<void> => {
      for (let i = 0; i < 600 && !proxy.requests.some((r) => r.method === 'PUT' && /\/signals\/slow\/manifests\/1$/.test(r.path)); i++) await new Promise((r) => setTimeout(r, 10));
    };
    await putOnTheWire();
    await new Promise((r) => setTimeout(r, 200));
    assert.ok(child.kill('SIGTERM'), 'the push was still running when the PUT was held');
    const code = await closed;
    proxy.clearRules();
    assert.equal(code, 143, stderr);
    assert.match(stderr, /^error\[INTERRUPTED\]: interrupted; tags completed before stopping: .*signals\/slow:1/m);
    assert.equal(await tagDigest({ url: registry.url }, 'signals/slow', '1'), digest);
    assert.equal(await tagDigest({ url: registry.url }, 'signals/slow', '2'), undefined, 'the second tag was not started after the signal');
    assert.deepEqual((await auditRegistry({ url: registry.url }, ['signals/slow'])).problems, []);
    // An independent reader resolves the tag and every blob it names.
    const inspected = JSON.parse((await exec('skopeo', ['inspect', '--tls-verify=false', `docker://${registry.host}/signals/slow:1`])).stdout) as { Digest: string; LayersData?: unknown[] };
    assert.equal(inspected.Digest, digest);
    const copied = join(work, 'slow-copy');
    await exec('skopeo', ['copy', '--src-tls-verify=false', `docker://${registry.host}/signals/slow:1`, `dir:${copied}`]);
    assert.deepEqual(await readdir(tmp), []);
  });

  test('no violations', () => {
    recordFigures('signals', { interruptedRuns: interrupted, violations: violations.length });
    process.stdout.write(`# signals: ${interrupted} runs interrupted, ${finished} finished before the signal\n`);
    assert.deepEqual(violations, []);
  });
});
