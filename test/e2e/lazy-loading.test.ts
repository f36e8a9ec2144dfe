/**
 * What a command loads is part of its start-up cost: a build whose output is local must not load
 * the registry client (with node's tls and http), ora (the terminal spinner) or ajv, and a push to
 * a registry reached directly loads node:http, neither undici nor node's own copy of it. The
 * CLI runs as shipped (bin/wasmpack.js) under a module hook that records every file it loads;
 * node's own process.moduleLoadList gives the built-ins.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { WASMPACK_BIN } from '../helpers/cli.js';
import { writeMinimalModule } from '../helpers/wasm-fixtures.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';

let dir: string;
let registry: RunningRegistry;

// module.register's hooks run on their own thread, so they append to a file instead of returning.
const HOOKS = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(process.env.WASMPACK_LOAD_LOG, url + '\\n');
  return next(url, context);
}`;
const REGISTER = `import { register } from 'node:module';
import { writeFileSync } from 'node:fs';
register(new URL('./hooks.mjs', import.meta.url));
process.on('exit', () => writeFileSync(process.env.WASMPACK_BUILTIN_LOG, process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join('\\n')));`;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wasmpack-lazy-'));
  await writeFile(join(dir, 'hooks.mjs'), HOOKS);
  await writeFile(join(dir, 'register.mjs'), REGISTER);
  await writeMinimalModule(join(dir, 'app.wasm'));
  // A config file, so the config validator's path is taken too.
  await writeFile(join(dir, 'wasmpack.json'), JSON.stringify({ name: 'app' }));
  registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
  await rm(dir, { recursive: true, force: true });
});

interface Loaded {
  files: string[];
  builtins: string[];
}

async function loadedBy(args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<Loaded> {
  const files = join(dir, 'files.log');
  const builtins = join(dir, 'builtins.log');
  await writeFile(files, '');
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, WASMPACK_BIN, ...args], {
      cwd: dir,
      env: { ...process.env, ...extraEnv, CI: 'true', WASMPACK_LOAD_LOG: files, WASMPACK_BUILTIN_LOG: builtins },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
  assert.equal(code, 0);
  const ours = (await readFile(files, 'utf8')).split('\n').filter((u) => u.includes('/bin/')).map((u) => fileURLToPath(u));
  return { files: [...new Set(ours)], builtins: (await readFile(builtins, 'utf8')).split('\n') };
}

/** The dependencies whose code a file of the bundle holds (esbuild keeps a `// node_modules/x/...` line per module). */
async function dependenciesIn(files: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const file of files) for (const [, name] of (await readFile(file, 'utf8')).matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)) found.add(name!);
  return found;
}

test('build -o oci: loads neither undici nor ora nor ajv, nor node:tls or node:http', async () => {
  const loaded = await loadedBy(['build', '--wasm', 'app.wasm', '-t', 'app:1', '--timestamp', '0', '-o', `oci:${join(dir, 'layout')}`]);
  assert.ok(loaded.files.some((f) => f.endsWith('wasmpack.js')), 'the hook saw the CLI load');
  const deps = await dependenciesIn(loaded.files);
  assert.ok(deps.has('clipanion'), `the scan finds bundled dependencies (found: ${[...deps].join(', ')})`);
  for (const unwanted of ['undici', 'ora', 'ajv']) assert.ok(!deps.has(unwanted), `${unwanted} was loaded: ${loaded.files.join(' ')}`);
  for (const builtin of ['tls', 'http', 'https', 'http2']) assert.ok(!loaded.builtins.includes(builtin), `node:${builtin} was loaded`);
  assert.ok(loaded.builtins.includes('fs'), 'the built-in list was written');
});

test('push to a loopback registry over plain HTTP (its scheme known): node:http, and no undici, node:tls, node:http2 or node\'s internal undici', async () => {
  const env = Object.fromEntries(['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'].map((k) => [k, '']));
  await loadedBy(['build', '--wasm', 'app.wasm', '-t', `${registry.host}/lazy/app:1`, '--timestamp', '0'], env);
  // The first contact tries HTTPS on a loopback registry (that loads tls) and remembers the answer.
  await loadedBy(['push'], env);
  const loaded = await loadedBy(['push'], env);
  assert.ok(loaded.builtins.includes('http'), `node:http carried the requests (built-ins: ${loaded.builtins.join(' ')})`);
  const deps = await dependenciesIn(loaded.files);
  assert.ok(!deps.has('undici'), `undici was loaded: ${loaded.files.join(' ')}`);
  // An ESM import of node:http reads its WebSocket getters, which load node's bundled undici.
  for (const builtin of ['tls', 'http2', 'internal/deps/undici/undici']) assert.ok(!loaded.builtins.includes(builtin), `${builtin} was loaded`);
});

test('--version loads the entry and no dependency', async () => {
  const loaded = await loadedBy(['--version']);
  assert.deepEqual([...(await dependenciesIn(loaded.files))], []);
  // The entry, the node check it runs first, the version, and esbuild's helpers: no CLI module.
  const allowed = ['wasmpack.js', 'shared-node-floor.js', 'package-info.js', 'shared-package-info.js', 'shared-runtime.js'];
  const names = loaded.files.map((f) => f.slice(f.lastIndexOf('/') + 1));
  assert.deepEqual(names.filter((n) => !allowed.includes(n)), [], loaded.files.join(' '));
});
