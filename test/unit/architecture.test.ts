// The layering of STYLE.md, checked: cli -> pipeline -> {toolchains, wasm, targets, auth, oci};
// oci is pure data and imports nothing of ours but errors; nothing below the CLI prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { REPO_ROOT } from '../helpers/cli.js';

const SRC = join(REPO_ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/** Top-level area of a file under src/ ("oci", "cli", ...; "errors.ts" is "errors"). */
function area(path: string): string {
  return relative(SRC, path).split('/')[0]!.replace(/\.ts$/, '');
}

/** Our own modules a file imports at run time (type-only imports are erased and do not count). */
function runtimeImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/gm)) {
    const spec = (m[1] ?? m[2])!;
    found.push(resolve(dirname(path), spec.replace(/\.js$/, '.ts')));
  }
  return found;
}

// STYLE.md: cli -> pipeline -> {toolchains, wasm, targets, auth, oci}; below those, process
// (running tools), config and report (types the pipeline hands down); errors and package-info
// are leaves everyone may use, and so is files (the one atomic file write).
const LEAVES = ['errors', 'package-info', 'streams', 'files', 'node-floor'];
const ALLOWED: Record<string, string[]> = {
  errors: [],
  'package-info': [],
  streams: [],
  files: [],
  'node-floor': [],
  oci: ['errors', 'oci'],
  wasm: [...LEAVES, 'wasm'],
  process: [...LEAVES, 'process'],
  report: [...LEAVES, 'report'],
  config: [...LEAVES, 'config', 'oci'],
  auth: [...LEAVES, 'auth', 'process', 'oci'],
  toolchains: [...LEAVES, 'toolchains', 'process', 'wasm', 'config', 'oci'],
  targets: [...LEAVES, 'targets', 'oci', 'auth'],
  pipeline: [...LEAVES, 'pipeline', 'toolchains', 'wasm', 'targets', 'auth', 'oci', 'config', 'process', 'report'],
  cli: [...LEAVES, 'cli', 'pipeline', 'report'],
  // The GitHub Action, a second front end beside the CLI: it parses its `args` input with the CLI's
  // parser and reads references and annotation keys (pure data) for its tags.
  action: [...LEAVES, 'action', 'cli', 'pipeline', 'report', 'oci'],
};

/** Node modules that do I/O: the pure data layer (src/oci) takes openers instead. */
const IO_MODULES = /^(?:node:)?(?:fs|fs\/promises|net|tls|http|https|child_process|dgram)$/;

function nodeImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^.'][^']*)'|import\('([^.'][^']*)'\)/gm)].map((m) => (m[1] ?? m[2])!);
}

test('imports point one way (STYLE.md)', () => {
  const violations: string[] = [];
  for (const file of sources(SRC)) {
    const from = area(file);
    const allowed = ALLOWED[from];
    assert.ok(allowed, `src/${relative(SRC, file)} is in an area the layering does not know: add it to ALLOWED`);
    for (const target of runtimeImports(file)) {
      const to = area(target);
      if (!allowed.includes(to)) violations.push(`src/${relative(SRC, file)} imports src/${relative(SRC, target)} (${from} -> ${to})`);
    }
  }
  assert.deepEqual(violations, []);
});

test('src/oci is pure data: no file system, network or processes', () => {
  const io = sources(join(SRC, 'oci')).flatMap((file) => nodeImports(file).filter((m) => IO_MODULES.test(m)).map((m) => `src/${relative(SRC, file)} imports ${m}`));
  assert.deepEqual(io, []);
});

test('src/build is gone: toolchains, wasm and process say what they hold', () => {
  assert.equal(existsSync(join(SRC, 'build')), false);
});

test('only the CLI and the reporter print', () => {
  const printing: string[] = [];
  for (const file of sources(SRC)) {
    if (['cli', 'report', 'action'].includes(area(file))) continue;
    const text = readFileSync(file, 'utf8');
    if (/console\.(log|error|warn|info)\(|process\.(stdout|stderr)\.write\(/.test(text)) printing.push(`src/${relative(SRC, file)}`);
  }
  assert.deepEqual(printing, []);
});

// Small modules with one job (STYLE.md). Generated code is exempt: nobody reads it to change it.
const MAX_LINES = 400;
const GENERATED = join(SRC, 'config', 'generated');

test(`no hand-written file under src/ passes ${MAX_LINES} lines`, () => {
  const long = sources(SRC)
    .filter((file) => !file.startsWith(GENERATED + '/'))
    .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `src/${relative(SRC, file)}: ${lines} lines`);
  assert.deepEqual(long, []);
});

test('generated code says it is generated and how to regenerate it', () => {
  for (const name of readdirSync(GENERATED)) {
    const head = readFileSync(join(GENERATED, name), 'utf8').split('\n').slice(0, 3).join('\n');
    assert.match(head, /GENERATED by .* do not edit/, `src/config/generated/${name}`);
    assert.match(head, /Regenerate with/, `src/config/generated/${name}`);
  }
});
