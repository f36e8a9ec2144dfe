// Bundles the CLI (src/cli/bin.ts -> bin/wasmpack.js) and, when it exists, the GitHub Action
// (src/action/entry.ts -> bin/action.js, sharing the CLI's chunks) with esbuild, into committed files under bin/ that run
// without node_modules and without dist/. `npm run bundle` runs it; scripts/test.sh runs it
// before the tests, and test/unit/bundle-fresh.test.ts fails when the committed bin/ differs.
//
// - ESM with code splitting: what a command does not use is in a chunk it never loads (undici
//   only when a registry is contacted, ora only on a terminal, wabt only for features V8 lacks).
// - Deterministic: esbuild writes no timestamps and names chunks by a hash of their content
//   (chunks/[name]-[hash].js), paths are relative to the repository, and the files are written
//   in sorted order, so the same sources and esbuild version give the same bytes.
//
//   node scripts/bundle.mjs          regenerates the validator, writes bin/
//   node scripts/bundle.mjs --check  exits 1 when bin/ is not what the sources give
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(root, 'bin');
const CHUNKS = 'chunks';
/** Files in bin/ that are not esbuild's and stay as they are. */
const OWN = new Set([]);

// CommonJS dependencies (undici, tar-stream, clipanion) call require() for node built-ins; an ESM
// bundle has no require, so every output file gets one made from its own URL.
const BANNER = "import { createRequire as __wasmpackRequire } from 'node:module';\nconst require = __wasmpackRequire(import.meta.url);";
const SHEBANG = '#!/usr/bin/env node\n';

export function entryPoints() {
  // wasi-host runs as its own node process (wasmpack run's node:wasi host), named from the run
  // command's chunk as ../wasi-host.js: bin/wasi-host.js.
  const entries = [
    { in: 'src/cli/bin.ts', out: 'wasmpack' },
    { in: 'src/cli/wasi-host.ts', out: 'wasi-host' },
  ];
  if (existsSync(join(root, 'src', 'action', 'entry.ts'))) entries.push({ in: 'src/action/entry.ts', out: 'action' });
  return entries;
}

/** The bundle as a map of path under bin/ -> bytes; nothing is written. `overrides` are esbuild
 * options for variants (the benchmark times a bundle without code splitting). */
export async function bundleFiles(overrides = {}) {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: entryPoints(),
    outdir: BIN,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    banner: { js: BANNER },
    legalComments: 'linked',
    minifySyntax: true,
    // Whitespace is kept so a bug's stack trace still has readable lines.
    minifyWhitespace: false,
    keepNames: true,
    sourcemap: false,
    metafile: true,
    write: false,
    logLevel: 'warning',
    ...overrides,
  });
  const files = new Map();
  for (const file of result.outputFiles) {
    const path = relative(overrides.outdir ?? BIN, file.path);
    const text = path === 'wasmpack.js' || path === 'action.js' ? SHEBANG + file.text : file.text;
    files.set(path, Buffer.from(text));
  }
  return { files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))), metafile: result.metafile };
}

/** Writes a bundle variant under `dir`/bin (with package.json beside it, which the CLI reads). */
export async function writeVariant(dir, overrides) {
  const { files } = await bundleFiles({ ...overrides, outdir: join(dir, 'bin') });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, 'bin', path)), { recursive: true });
    writeFileSync(join(dir, 'bin', path), bytes);
  }
  writeFileSync(join(dir, 'package.json'), readFileSync(join(root, 'package.json')));
  return join(dir, 'bin', 'wasmpack.js');
}

/** What bin/ holds now, in the same shape (esbuild's files only). */
export function committedFiles() {
  const files = new Map();
  const visit = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(BIN, path);
      if (OWN.has(rel)) continue;
      try {
        visit(path);
      } catch {
        files.set(rel, readFileSync(path));
      }
    }
  };
  if (existsSync(BIN)) visit(BIN);
  return files;
}

/** Paths that differ between two bundles (missing, extra or changed). */
export function differences(expected, actual) {
  const out = [];
  for (const [path, bytes] of expected) if (!actual.has(path)) out.push(`missing ${path}`);
  else if (!actual.get(path).equals(bytes)) out.push(`changed ${path}`);
  for (const path of actual.keys()) if (!expected.has(path)) out.push(`extra ${path}`);
  return out;
}

async function main() {
  if (process.argv.includes('--check')) {
    const { files } = await bundleFiles();
    const diff = differences(files, committedFiles());
    if (diff.length) {
      process.stderr.write(`bin/ is not the bundle of the sources (run npm run bundle):\n  ${diff.join('\n  ')}\n`);
      process.exit(1);
    }
    return;
  }
  const { writeFileSync: write } = await import('node:fs');
  const { VALIDATOR_FILE, validatorSource } = await import('./gen-validators.mjs');
  write(VALIDATOR_FILE, await validatorSource());
  const { files, metafile } = await bundleFiles();
  rmSync(join(BIN, CHUNKS), { recursive: true, force: true });
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(BIN, path)), { recursive: true });
    writeFileSync(join(BIN, path), bytes, { mode: path.includes('/') ? 0o644 : 0o755 });
  }
  if (process.argv.includes('--meta')) writeFileSync(join(root, 'bundle-meta.json'), JSON.stringify(metafile));
  const total = [...files.values()].reduce((n, b) => n + b.length, 0);
  process.stderr.write(`bundle: ${files.size} files, ${(total / 1024).toFixed(0)} KiB in bin/\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
