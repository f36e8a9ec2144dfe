// Bundles the CLI (src/cli/bin.ts -> bin/wasmpack.js) and, when it exists, the GitHub Action
// (src/action/entry.ts -> bin/action.js, sharing the CLI's chunks) with esbuild, into committed files under bin/ that run
// without node_modules and without dist/. `npm run bundle` runs it; scripts/test.sh runs it
// before the tests, and test/unit/bundle-fresh.test.ts fails when the committed bin/ differs.
//
// - ESM with code splitting: what a command does not use is in a chunk it never loads (undici
//   only when a registry is contacted, ora only on a terminal, wabt only for features V8 lacks).
// - Deterministic: esbuild writes no timestamps, paths are relative to the repository, and the
//   files are written in sorted order, so the same sources and esbuild version give the same bytes.
// - Reviewable: esbuild names chunks by a hash of their content, and a chunk's content holds the
//   names of the chunks it imports, so one changed module renamed most of bin/. Chunks are renamed
//   after the build by the modules they hold (stableChunkNames), so a diff of bin/ shows the files
//   whose code changed and nothing else.
// - The package version is inlined (WASMPACK_VERSION): installed as a dependency, the bundle must
//   not read the consumer's package.json by a relative path.
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

/** The version the bundle reports (User-Agent, --version, up-to-date fingerprint). */
function packageVersion() {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/** A module path as a file name: src/cli/commands/push.ts -> cli-commands-push, node_modules/wabt/index.js -> wabt. */
function moduleName(path) {
  return path
    .replace(/^(src|node_modules)\//, '')
    .replace(/\.(m|c)?(j|t)sx?$|\.json$/, '')
    .replace(/\/index$/, '')
    .replace(/\/lib\//g, '/')
    .replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** A shared chunk's name from its largest module: a dependency's package name, or our module's path. */
function sharedName(path) {
  const dependency = /^node_modules\/((@[^/]+\/)?[^/]+)\//.exec(path);
  return dependency ? dependency[1].replace('/', '-') : moduleName(path);
}

/**
 * New names for esbuild's chunks (old path under bin/ -> new path): a chunk that a dynamic import
 * loads is named after that module (chunks/cli-commands-push.js); a shared chunk after the largest
 * module in it (chunks/shared-wasm-binary.js, chunks/shared-undici.js; shared-runtime for esbuild's helpers
 * alone). Equal names get -2, -3 in the order of their module lists, so the result is a function
 * of the module graph and never of a hash.
 */
export function stableChunkNames(metafile, outdir) {
  const chunks = [];
  for (const [out, info] of Object.entries(metafile.outputs)) {
    const path = relative(outdir, join(root, out));
    if (!path.startsWith(`${CHUNKS}/`) || !path.endsWith('.js')) continue;
    const inputs = Object.entries(info.inputs).sort(([pa, a], [pb, b]) => b.bytesInOutput - a.bytesInOutput || (pa < pb ? -1 : 1));
    const name = info.entryPoint ? moduleName(info.entryPoint) : `shared-${inputs.length ? sharedName(inputs[0][0]) : 'runtime'}`;
    chunks.push({ path, name, key: inputs.map(([p]) => p).sort().join('\n') });
  }
  chunks.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const renames = new Map();
  const seen = new Map();
  for (const { path, name } of chunks) {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    renames.set(path, `${CHUNKS}/${n === 1 ? name : `${name}-${n}`}.js`);
  }
  return renames;
}

/** Applies stableChunkNames: renames the files (and their .LEGAL.txt) and every import of them. */
function renameChunks(files, renames) {
  const byBase = [...renames].map(([from, to]) => [from.slice(CHUNKS.length + 1), to.slice(CHUNKS.length + 1)]);
  const out = new Map();
  for (const [path, bytes] of files) {
    let text = bytes.toString('utf8');
    for (const [from, to] of byBase) text = text.split(from).join(to);
    const own = [...renames].find(([from]) => path === from || path === `${from}.LEGAL.txt`);
    out.set(own ? own[1] + path.slice(own[0].length) : path, Buffer.from(text));
  }
  return out;
}

/**
 * undici's HTTP/2 client requires node:http2 as it loads, for ten constants, and calls
 * http2.connect() only when a dispatcher allows HTTP/2, which wasmpack's never does. Loading
 * node:http2 (with readline, the REPL history and fs watchers it pulls in) cost a push ~7 ms of CPU
 * on node 20 and ~20 ms on node 24. In the bundle undici gets this module instead: the constants,
 * which are HTTP/2's own (RFC 9113: pseudo-header names and the REFUSED_STREAM and CANCEL error
 * codes), and a connect() that loads node:http2 when it is called.
 */
const HTTP2_ON_DEMAND = 'wasmpack:http2-on-demand';
const http2OnDemandPlugin = {
  name: 'wasmpack-http2-on-demand',
  setup(build) {
    build.onResolve({ filter: /^node:http2$/ }, (args) =>
      args.importer.includes('/node_modules/undici/') ? { path: HTTP2_ON_DEMAND, namespace: 'wasmpack-http2' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'wasmpack-http2' }, () => ({
      contents: `const constants = {
  HTTP2_HEADER_AUTHORITY: ':authority',
  HTTP2_HEADER_METHOD: ':method',
  HTTP2_HEADER_PATH: ':path',
  HTTP2_HEADER_SCHEME: ':scheme',
  HTTP2_HEADER_STATUS: ':status',
  HTTP2_HEADER_PROTOCOL: ':protocol',
  HTTP2_HEADER_CONTENT_LENGTH: 'content-length',
  HTTP2_HEADER_EXPECT: 'expect',
  NGHTTP2_REFUSED_STREAM: 7,
  NGHTTP2_CANCEL: 8,
};
module.exports = { constants, connect: (...args) => require('node:http2').connect(...args) };
`,
      loader: 'js',
    }));
  },
};

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
    // Hashed here only so that esbuild's names are unique; renameChunks gives the final names.
    chunkNames: `${CHUNKS}/[name]-[hash]`,
    define: { WASMPACK_VERSION: JSON.stringify(packageVersion()) },
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
    // Added to, not replaced: a variant still loads http2 on demand.
    plugins: [http2OnDemandPlugin, ...(overrides.plugins ?? [])],
  });
  const outdir = overrides.outdir ?? BIN;
  const files = new Map();
  for (const file of result.outputFiles) {
    const path = relative(outdir, file.path);
    const text = path === 'wasmpack.js' || path === 'action.js' ? SHEBANG + file.text : file.text;
    files.set(path, Buffer.from(text));
  }
  const renamed = renameChunks(files, stableChunkNames(result.metafile, outdir));
  return { files: new Map([...renamed].sort(([a], [b]) => (a < b ? -1 : 1))), metafile: result.metafile };
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
