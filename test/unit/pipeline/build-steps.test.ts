// build as compile -> assemble -> store, each step called alone, and the build around them.
// wamrc and a second wasm-opt version cannot be had here: wamrcDouble (test/helpers/wamrc-double.ts)
// and a runner double that answers `wasm-opt --version` stand in for them, named as doubles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WasmpackError } from '../../../src/errors.js';
import { runProcess, type Runner } from '../../../src/process/exec.js';
import { silentReporter } from '../../../src/report/reporter.js';
import { planBuild } from '../../../src/pipeline/build-plan.js';
import { compile } from '../../../src/pipeline/compile.js';
import { assemble } from '../../../src/pipeline/assemble.js';
import { store } from '../../../src/pipeline/store.js';
import { buildProject } from '../../../src/pipeline/build.js';
import { walk } from '../../../src/oci/content.js';
import { scratchSink } from '../../../src/targets/files.js';
import { collect } from '../../../src/streams.js';
import { installWamrcDouble } from '../../helpers/wamrc-double.js';
import { MINIMAL_COMMAND } from '../../helpers/wasm-fixtures.js';

async function scratch(t: { after(fn: () => Promise<void>): void }, prefix = 'wasmpack-steps-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function prebuiltProject(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await scratch(t);
  await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
  return dir;
}

const deps = (workDir: string) => ({ runner: runProcess, reporter: silentReporter, env: process.env, workDir });

test('planBuild parses each tag once, in order, and refuses a bad one before anything is compiled', async (t) => {
  const dir = await prebuiltProject(t);
  const plan = await planBuild({ dir, cwd: dir, wasm: 'app.wasm', tags: ['localhost:5000/app:1.0', 'app', 'localhost:5000/app:1.0'] });
  assert.deepEqual(plan.tags.map((r) => r.text), ['localhost:5000/app:1.0', 'app']);
  assert.deepEqual(plan.tags.map((r) => r.tag ?? null), ['1.0', null]);
  assert.equal(plan.language, 'wasm');
  await assert.rejects(planBuild({ dir, cwd: dir, wasm: 'app.wasm', tags: ['App:1'] }), (e) => e instanceof WasmpackError && e.code === 'BAD_REFERENCE');
  await assert.rejects(planBuild({ dir, cwd: dir, wasm: 'app.wasm', wasmOpt: 'O9' }), (e) => e instanceof WasmpackError && e.code === 'BAD_WASM_OPT_LEVEL');
});

test('compile reads a prebuilt module where it is, validates it and plans the strip', async (t) => {
  const dir = await prebuiltProject(t);
  const workDir = await scratch(t);
  const compiled = await compile(await planBuild({ dir, cwd: dir, wasm: 'app.wasm' }), deps(workDir));
  assert.equal(compiled.output.module, join(dir, 'app.wasm'), 'no copy: errors name the user\'s path');
  assert.equal(compiled.output.name, 'app');
  assert.equal(compiled.report.kind, 'module');
  assert.equal(compiled.decision.format, 'compat');
  assert.equal(compiled.module.size, MINIMAL_COMMAND.length);
  assert.deepEqual(await collect(compiled.module.open()), MINIMAL_COMMAND);
});

test('assemble is deterministic: the same module and config give the same graph; referrers start empty', async (t) => {
  const dir = await prebuiltProject(t);
  const plan = await planBuild({ dir, cwd: dir, wasm: 'app.wasm' });
  const graphs = [];
  for (const _ of [1, 2]) {
    const workDir = await scratch(t);
    const compiled = await compile(plan, deps(workDir));
    graphs.push((await assemble({ compiled, config: plan.config, git: {}, timestamp: 0, reference: 'app:latest', scratch: (name) => scratchSink(join(workDir, name)) })).graph);
  }
  assert.equal(graphs[0]!.image.descriptor.digest, graphs[1]!.image.descriptor.digest);
  assert.deepEqual(graphs[0]!.referrers, []);
  assert.deepEqual(graphs[0]!.companions, []);
  assert.equal(graphs[0]!.reference, 'app:latest');
});

test('store writes the layout and returns a graph that reads it, so the scratch directory can go', async (t) => {
  const dir = await prebuiltProject(t);
  const workDir = await scratch(t);
  const plan = await planBuild({ dir, cwd: dir, wasm: 'app.wasm' });
  const compiled = await compile(plan, deps(workDir));
  const { graph } = await assemble({ compiled, config: plan.config, git: {}, timestamp: 0, reference: 'app:latest', scratch: (name) => scratchSink(join(workDir, name)) });
  const layout = join(dir, 'layout');
  const stored = await store(graph, layout, ['app:1.0', 'app:latest']);
  await rm(workDir, { recursive: true, force: true });
  assert.equal(stored.image.descriptor.digest, graph.image.descriptor.digest);
  for (const blob of walk(stored.image)) assert.equal((await collect(blob.open())).length, blob.descriptor.size);
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ annotations: Record<string, string> }> };
  assert.deepEqual(index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name']).sort(), ['app:1.0', 'app:latest']);
});

test('buildProject leaves no scratch directory behind and needs no cleanup', async (t) => {
  const dir = await prebuiltProject(t);
  const isolated = await scratch(t, 'wasmpack-tmp-');
  const before = process.env.TMPDIR;
  process.env.TMPDIR = isolated;
  t.after(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });
  const result = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', timestamp: 0 }, { runner: runProcess, reporter: silentReporter, env: process.env });
  assert.deepEqual(await readdir(isolated), []);
  assert.equal((await collect(result.image.layers[0]!.open())).length, result.image.layers[0]!.descriptor.size, 'the result reads the layout');
});

test('a --wasm build in a directory of 20,000 files fingerprints the module, the config and the flags only', async (t) => {
  const dir = await prebuiltProject(t);
  for (let d = 0; d < 20; d++) {
    const sub = join(dir, `d${d}`);
    await mkdir(sub);
    await Promise.all(Array.from({ length: 1000 }, (_, i) => writeFile(join(sub, `f${i}.c`), '')));
  }
  const result = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', timestamp: 0 }, { runner: runProcess, reporter: silentReporter, env: process.env });
  assert.deepEqual(result.fingerprint, { files: [join(dir, 'app.wasm')], tools: [] });
  const again = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', timestamp: 0 }, { runner: runProcess, reporter: silentReporter, env: process.env });
  assert.equal(again.upToDate, true);
  assert.equal(again.digest, result.digest);
});

test('two tags with --aot: every tag gets its AOT tag, in the result and in the layout (wamrcDouble)', async (t) => {
  const dir = await prebuiltProject(t);
  const env = { ...process.env, WAMRC: installWamrcDouble(dir), WAMRC_DOUBLE_VERSION: '2.4.1' };
  const result = await buildProject({ dir, cwd: dir, wasm: 'app.wasm', tags: ['r.example/app:1.0', 'r.example/app:latest'], timestamp: 0, aot: { enabled: true, targets: ['x86_64'] } }, { runner: runProcess, reporter: silentReporter, env });
  assert.deepEqual(result.aotTags, ['1.0-aot-x86_64', 'latest-aot-x86_64']);
  const index = JSON.parse(await readFile(join(dir, '.wasmpack', 'oci', 'index.json'), 'utf8')) as { manifests: Array<{ annotations: Record<string, string> }> };
  assert.deepEqual(index.manifests.map((m) => m.annotations['org.opencontainers.image.ref.name']).sort(), ['r.example/app:1.0', 'r.example/app:1.0-aot-x86_64', 'r.example/app:latest', 'r.example/app:latest-aot-x86_64']);
});

/** A runner double for wasm-opt: answers --version with `version`, copies input to output; everything else runs for real. */
function wasmOptDouble(version: () => string): Runner {
  return async (command, args, options) => {
    if (command !== '/double/wasm-opt') return runProcess(command, args, options);
    if (args[0] === '--version') return { code: 0, stdout: `${version()}\n`, stderr: '' };
    await writeFile(args[args.indexOf('-o') + 1]!, await readFile(args[0]!));
    return { code: 0, stdout: '', stderr: '' };
  };
}

test('the wasm-opt version joins the fingerprint and the annotations: a new wasm-opt rebuilds', async (t) => {
  const dir = await prebuiltProject(t);
  let version = 'wasm-opt version 108';
  const options = { runner: wasmOptDouble(() => version), reporter: silentReporter, env: { ...process.env, WASM_OPT: '/double/wasm-opt' } };
  const request = { dir, cwd: dir, wasm: 'app.wasm', timestamp: 0, wasmOpt: 'Oz' };
  const first = await buildProject(request, options);
  assert.deepEqual(first.fingerprint?.tools, ['wasm-opt version 108 -Oz']);
  assert.equal(first.wasmOpt, 'wasm-opt version 108 -Oz');
  const manifest = JSON.parse(first.graph.image.bytes.toString('utf8')) as { annotations: Record<string, string> };
  assert.equal(manifest.annotations['dev.wasmpack.wasm-opt'], 'wasm-opt version 108 -Oz');
  assert.equal((await buildProject(request, options)).upToDate, true);
  version = 'wasm-opt version 116';
  const second = await buildProject(request, options);
  assert.equal(second.upToDate, undefined);
  assert.notEqual(second.digest, first.digest, 'the annotation names the new version');
});

test('--wasm-opt without a wasm-opt is a coded error naming binaryen', async (t) => {
  const dir = await prebuiltProject(t);
  const empty = await scratch(t);
  await assert.rejects(
    buildProject({ dir, cwd: dir, wasm: 'app.wasm', wasmOpt: true }, { runner: runProcess, reporter: silentReporter, env: { PATH: empty } }),
    (e) => e instanceof WasmpackError && e.code === 'WASM_OPT_NOT_FOUND' && /binaryen/.test(e.hint ?? ''),
  );
  await access(join(dir, 'app.wasm'));
});
