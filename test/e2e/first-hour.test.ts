/**
 * A new user's first hour, through the bundle (bin/wasmpack.js): the help, a typo, `doctor` on
 * this machine (its real toolchains, validated against schemas/doctor-output.schema.json), a
 * file that does not exist, bad integer flags, completion, and the Kubernetes warning for an
 * index without a linux/* entry.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCleanError, copyExample, REPO_ROOT, wasmpack } from '../helpers/cli.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';

let registry: RunningRegistry;
const cleanup: string[] = [];

before(async () => {
  registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
  for (const dir of cleanup) await rm(dir, { recursive: true, force: true });
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-first-hour-'));
  cleanup.push(dir);
  return dir;
}

test('`wasmpack`, `--help` and `help`: the same short grouped help, under 40 lines of at most 100 characters', async () => {
  const [bare, flag, word] = await Promise.all([wasmpack([]), wasmpack(['--help']), wasmpack(['help'])]);
  for (const r of [bare, flag, word]) assert.equal(r.code, 0, r.stderr);
  assert.equal(flag.stdout, bare.stdout);
  assert.equal(word.stdout, bare.stdout);
  const lines = bare.stdout.trimEnd().split('\n');
  assert.ok(lines.length < 40, `${lines.length} lines:\n${bare.stdout}`);
  for (const line of lines) assert.ok(line.length <= 100, `line of ${line.length}: ${line}`);
  assert.ok(!bare.stdout.includes('#0'));
  for (const group of ['Build & publish:', 'Run & inspect:', 'Registry:', 'Project:', 'Global flags:']) assert.ok(lines.includes(group), group);
  assert.match(bare.stdout, /^ {3}build +Build a Rust, C or Go project/m);
  assert.match(bare.stdout, /wasmpack COMMAND --help/);
});

test('`COMMAND --help` and `help COMMAND`: options one per line with named values, and the examples', async () => {
  const [flag, word] = await Promise.all([wasmpack(['build', '--help']), wasmpack(['help', 'build'])]);
  assert.equal(flag.code, 0, flag.stderr);
  assert.equal(word.stdout, flag.stdout);
  assert.ok(!flag.stdout.includes('#0'));
  assert.match(flag.stdout, /^ {3}-t, --tag REF +Image reference/m);
  assert.match(flag.stdout, /^ {3}--cert-dir DIR +Directory of \*\.crt/m);
  assert.match(flag.stdout, /^Examples:\n {3}Build the project in this directory:\n {5}\$ wasmpack build$/m);
});

test('an unknown command or option: exit 2, a code, and the closest match', async () => {
  const command = await wasmpack(['buidl']);
  assert.equal(command.code, 2);
  assertCleanError(command, 'UNKNOWN_COMMAND');
  assert.match(command.stderr, /did you mean `wasmpack build`/);
  assert.equal(command.stdout, '', 'nothing on stdout');
  const option = await wasmpack(['push', '--jbos', '2']);
  assert.equal(option.code, 2);
  assertCleanError(option, 'UNKNOWN_OPTION');
  assert.match(option.stderr, /did you mean --jobs\?/);
});

test('`run`, `pull` and `inspect` of a file that does not exist name the file', async () => {
  const dir = await tempDir();
  const run = await wasmpack(['run', 'missing.wasm'], { cwd: dir });
  assert.equal(run.code, 125, 'wasmpack failed before the module ran');
  assertCleanError(run, 'FILE_NOT_FOUND');
  assert.match(run.stderr, /missing\.wasm does not exist/);
  assert.ok(!run.stderr.includes('registry'.concat(' but no repository')));
  const pull = await wasmpack(['pull', './gone/app.wasm', '-o', 'x.wasm'], { cwd: dir });
  assertCleanError(pull, 'FILE_NOT_FOUND');
  assert.match(pull.stderr, /\.\/gone\/app\.wasm does not exist/);
  const inspect = await wasmpack(['inspect', 'build/app.wasm'], { cwd: dir });
  assertCleanError(inspect, 'FILE_NOT_FOUND');
});

test('push --jobs 0 and --jobs abc are BAD_FLAG with a hint, before anything is read', async () => {
  for (const value of ['0', 'abc']) {
    const result = await wasmpack(['push', '--jobs', value, 'oci:/nonexistent:x', 'localhost:1/x:1']);
    assert.equal(result.code, 1);
    assertCleanError(result, 'BAD_FLAG');
    assert.match(result.stderr, /--jobs takes a whole number from 1 to 32/);
  }
});

test('doctor --json lists this machine\'s toolchains with versions and validates against its schema', async () => {
  const dir = await copyExample('hello-c');
  cleanup.push(join(dir, '..'));
  const result = await wasmpack(['doctor', '--json'], { cwd: dir });
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout) as DoctorDoc;
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv') as new (options: object) => { compile(schema: object): ((d: unknown) => boolean) & { errors?: unknown } };
  const validate = new Ajv({ allErrors: true, strict: true }).compile(JSON.parse(await readFile(join(REPO_ROOT, 'schemas', 'doctor-output.schema.json'), 'utf8')));
  assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));

  const language = (name: string) => doc.languages.find((l) => l.language === name)!;
  const clang = language('c').toolchains.find((t) => t.name === 'clang-16');
  assert.ok(clang, JSON.stringify(language('c')));
  assert.match(clang.version!, /clang version 16\./);
  assert.equal(clang.targetPresent, true);
  assert.equal(clang.selected, true);
  const debianRust = language('rust').toolchains.find((t) => t.path === '/usr/bin/rustc');
  assert.ok(debianRust, JSON.stringify(language('rust')));
  assert.match(debianRust.version!, /^rustc 1\.\d+/);
  assert.equal(debianRust.targetPresent, true);
  assert.ok(language('rust').selected, 'a rustc that builds wasm is selected');
  const go = language('go').toolchains.find((t) => /go1\.23/.test(t.version ?? ''));
  assert.ok(go, JSON.stringify(language('go')));
  assert.equal(go.targetPresent, true);
  const jco = doc.runtimes.find((r) => r.name === 'jco')!;
  assert.equal(jco.found, true);
  assert.match(jco.version!, /\d+\.\d+\.\d+/);
  assert.deepEqual(jco.defaultFor, ['component']);
  const node = doc.runtimes.find((r) => r.name === 'node')!;
  assert.equal(node.version, doc.node.version);
  assert.deepEqual(doc.project, { dir, language: 'c', buildable: true, toolchain: language('c').selected!.description });
  // Whatever is missing comes with the commands that install it.
  for (const r of doc.runtimes.filter((x) => !x.found)) assert.ok(r.install?.debian && r.install.macos, r.name);
  if (!doc.wamrc.found) assert.ok(doc.wamrc.install?.debian);
});

test('doctor exits 0 where nothing can be built, and 1 with --strict', async () => {
  const dir = await tempDir();
  const plain = await wasmpack(['doctor'], { cwd: dir });
  assert.equal(plain.code, 0, plain.stderr);
  assert.match(plain.stdout, /cannot build: error\[NO_PROJECT\]/);
  const strict = await wasmpack(['doctor', '--strict'], { cwd: dir });
  assert.equal(strict.code, 1);
  assert.match(strict.stderr, /error\[NO_PROJECT\]/);
});

test('completion bash comes from the CLI and names every command', async () => {
  const result = await wasmpack(['completion', 'bash']);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /complete -o filenames -F _wasmpack wasmpack/);
  for (const name of ['build', 'push', 'resolve', 'doctor', 'completion']) assert.ok(result.stdout.includes(name), name);
  assertCleanError(await wasmpack(['completion', 'tcsh']), 'BAD_FLAG');
});

test('pushing an index with only a wasi/wasm entry under a tag warns that Kubernetes refuses it', async () => {
  const dir = await tempDir();
  await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
  const built = await wasmpack(['build', '--wasm', 'app.wasm', '--json'], { cwd: dir });
  assert.equal(built.code, 0, built.stderr);
  const layout = join(dir, '.wasmpack', 'oci');
  const index = JSON.parse(await readFile(join(layout, 'index.json'), 'utf8')) as { manifests: Array<{ digest: string; size: number; mediaType: string; annotations?: Record<string, string> }> };
  const image = index.manifests[0]!;
  const wasiIndex = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: [{ mediaType: image.mediaType, digest: image.digest, size: image.size, platform: { os: 'wasi', architecture: 'wasm' } }] }));
  const digest = `sha256:${createHash('sha256').update(wasiIndex).digest('hex')}`;
  await writeFile(join(layout, 'blobs', 'sha256', digest.slice(7)), wasiIndex);
  index.manifests.push({ mediaType: 'application/vnd.oci.image.index.v1+json', digest, size: wasiIndex.length, annotations: { 'org.opencontainers.image.ref.name': 'wasi-only' } });
  await writeFile(join(layout, 'index.json'), JSON.stringify(index));

  const pushed = await wasmpack(['push', `oci:${layout}:wasi-only`, `${registry.host}/first-hour/index:1`]);
  assert.equal(pushed.code, 0, pushed.stderr);
  assert.match(pushed.stderr, /is an image index with no linux\/\* entry \(wasi\/wasm\): a Kubernetes node's containerd refuses it/);
  assert.match(pushed.stderr, /skopeo copy --override-os wasi --override-arch wasm/);
  const single = await wasmpack(['push', `${registry.host}/first-hour/single:1`], { cwd: dir });
  assert.equal(single.code, 0, single.stderr);
  assert.ok(!single.stderr.includes('Kubernetes'), 'a single manifest gets no warning');
});

interface DoctorDoc {
  node: { version: string };
  languages: Array<{ language: string; selected?: { description: string }; toolchains: Array<{ name: string; path: string; version?: string; targetPresent: boolean | null; selected: boolean }> }>;
  runtimes: Array<{ name: string; found: boolean; version?: string; defaultFor: string[]; install?: { debian: string; macos: string } }>;
  wamrc: { found: boolean; install?: { debian: string } };
  project: unknown;
}
