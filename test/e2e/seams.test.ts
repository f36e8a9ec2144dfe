// Bugs found while reshaping build -> publish, each through the real CLI.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertCleanError, WASMPACK_BIN, wasmpack } from '../helpers/cli.js';
import { skopeo } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';
import { tempDir } from '../helpers/temp-dirs.js';

let registry: RunningRegistry;
before(async () => {
  registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
});

async function project(): Promise<string> {
  const dir = await tempDir('wasmpack-seams-');
  await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
  return dir;
}

/** Runs a shell command line on a pseudo-terminal (util-linux `script`), as CI log wrappers do. */
function onTerminal(commandLine: string, options: { stdinClosed?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number | null; output: string; hung: boolean }> {
  return new Promise((resolve, reject) => {
    // Not in CI as far as wasmpack and ora can tell, so a spinner would be allowed.
    const env = Object.fromEntries(Object.entries({ ...process.env, TERM: 'xterm', ...options.env }).filter(([k]) => k !== 'CI' && k !== 'CONTINUOUS_INTEGRATION' && !k.startsWith('CI_')));
    const child = spawn('script', ['-qec', commandLine, '/dev/null'], {
      env,
      stdio: [options.stdinClosed ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    // A guard against the old hang, not a timing assertion: the command takes well under a second.
    let hung = false;
    const guard = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, output, hung });
    });
  });
}

const SPINNER_FRAMES = /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/;
const HIDE_CURSOR = '\u001b[?25l';

test('build --json on a terminal with stdin closed draws no spinner and does not hang', async () => {
  const dir = await project();
  const line = `stty cols 100 rows 30; ${process.execPath} ${WASMPACK_BIN} build ${dir} --wasm ${join(dir, 'app.wasm')} --json < /dev/null`;
  const run = await onTerminal(line, { stdinClosed: true });
  assert.equal(run.hung, false, 'wasmpack build --json hung on a terminal with stdin closed');
  assert.equal(run.code, 0, run.output);
  assert.ok(!run.output.includes(HIDE_CURSOR) && !SPINNER_FRAMES.test(run.output), `a spinner was drawn:\n${run.output}`);
  assert.match(run.output, /"digest": "sha256:[0-9a-f]{64}"/);
});

test('a terminal with no size (0 columns) gets plain lines, not a spinner that redraws forever', async () => {
  const dir = await project();
  const run = await onTerminal(`${process.execPath} ${WASMPACK_BIN} build ${dir} --wasm ${join(dir, 'app.wasm')} < /dev/null`, { stdinClosed: true });
  assert.equal(run.hung, false, 'wasmpack build hung on a zero-width terminal');
  assert.equal(run.code, 0, run.output);
  assert.ok(!run.output.includes(HIDE_CURSOR), `a spinner was drawn:\n${run.output}`);
  assert.match(run.output, /assembling compat image/);
});

test('a sized terminal without --json does get the spinner (the checks above can fail)', async () => {
  const dir = await project();
  const run = await onTerminal(`stty cols 100 rows 30; ${process.execPath} ${WASMPACK_BIN} build ${dir} --wasm ${join(dir, 'app.wasm')} < /dev/null`, { stdinClosed: true });
  assert.equal(run.hung, false);
  assert.equal(run.code, 0, run.output);
  assert.ok(run.output.includes(HIDE_CURSOR), 'ora hides the cursor while it spins');
});

test('--wasm is relative to the current directory, a "wasm" in wasmpack.json to that file', async () => {
  const root = await tempDir('wasmpack-paths-');
  await mkdir(join(root, 'sub', 'out'), { recursive: true });
  await writeFile(join(root, 'app.wasm'), MINIMAL_COMMAND);
  const flag = await wasmpack(['build', 'sub', '--wasm', 'app.wasm', '--json'], { cwd: root });
  assert.equal(flag.code, 0, flag.stderr);
  assert.equal(JSON.parse(flag.stdout).name, 'app');

  await writeFile(join(root, 'sub', 'out', 'mod.wasm'), MINIMAL_COMMAND);
  await writeFile(join(root, 'sub', 'wasmpack.json'), JSON.stringify({ wasm: 'out/mod.wasm' }));
  const config = await wasmpack(['build', 'sub', '--json'], { cwd: root });
  assert.equal(config.code, 0, config.stderr);
  assert.equal(JSON.parse(config.stdout).name, 'mod');

  const missing = await wasmpack(['build', 'sub', '--wasm', 'sub/app.wasm'], { cwd: root });
  assertCleanError(missing, 'WASM_NOT_FOUND');
  assert.match(missing.stderr, new RegExp(`${root}/sub/app.wasm`));
});

test('a corrupt index.json is refused with a code and left untouched', async () => {
  const dir = await project();
  const first = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm'), '-t', `${registry.host}/seams/app:1`]);
  assert.equal(first.code, 0, first.stderr);
  const index = join(dir, '.wasmpack', 'oci', 'index.json');
  const corrupt = '{"schemaVersion": 2, "manifests": [ {"digest": ';
  await writeFile(index, corrupt);

  const rebuild = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm')]);
  assertCleanError(rebuild, 'LAYOUT_CORRUPT');
  assert.equal(await readFile(index, 'utf8'), corrupt, 'the corrupt index was not replaced');

  const push = await wasmpack(['push', `oci:${join(dir, '.wasmpack', 'oci')}:${registry.host}/seams/app:1`, `${registry.host}/seams/app:1`]);
  assertCleanError(push, 'LAYOUT_CORRUPT');
  await assert.rejects(skopeo('inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/seams/app:1`), 'nothing was pushed');
});

test('help is plain text when stdout is not a terminal, coloured on one', async () => {
  const piped = await wasmpack(['--help']);
  assert.equal(piped.code, 0, piped.stderr);
  assert.ok(!piped.stdout.includes('\u001b['), 'no escape codes in piped help');
  const terminal = await onTerminal(`stty cols 100 rows 30; ${process.execPath} ${WASMPACK_BIN} --help`);
  assert.ok(terminal.output.includes('\u001b['), 'help on a terminal is coloured');
  const noColor = await onTerminal(`stty cols 100 rows 30; ${process.execPath} ${WASMPACK_BIN} --help`, { env: { NO_COLOR: '1' } });
  assert.ok(!noColor.output.includes('\u001b['), 'NO_COLOR wins on a terminal too');
});

/** A command that exports memory: real wamrc refuses WASI-style modules without one. */
const COMMAND_WITH_MEMORY = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, //       type: () -> ()
  0x03, 0x02, 0x01, 0x00, //                   function 0 of type 0
  0x05, 0x03, 0x01, 0x00, 0x01, //             memory: min 1 page
  0x07, 0x13, 0x02, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x00, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, // exports _start, memory
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, //       code: empty body
]);

test('an AOT companion tag longer than 128 characters is refused before anything is pushed', async (t) => {
  const wamrc = process.env.WAMRC;
  if (!wamrc) {
    t.skip('skipped: WAMRC not set (a real wamrc is needed to build the AOT companion)');
    return;
  }
  const dir = await project();
  await writeFile(join(dir, 'app.wasm'), COMMAND_WITH_MEMORY);
  const built = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm'), '--aot', '-t', `${registry.host}/seams/aot:1`], { env: { WAMRC: wamrc } });
  assert.equal(built.code, 0, built.stderr);
  const long = 'v'.repeat(120);
  const push = await wasmpack(['push', '-C', dir, `${registry.host}/seams/aot:${long}`]);
  assertCleanError(push, 'AOT_BAD_TAG');
  assert.match(push.stderr, /-aot-/);
  await assert.rejects(skopeo('inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/seams/aot:${long}`), 'not even the portable tag was pushed');
  const ok = await wasmpack(['push', '-C', dir]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(await skopeo('inspect', '--tls-verify=false', '--raw', `docker://${registry.host}/seams/aot:1-aot-x86_64`), /dev.wasmpack.aot.target/);
});
