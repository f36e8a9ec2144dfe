// bin/ is committed, so its diff is what a reviewer reads: chunk names must not carry hashes (one
// changed module renamed most of bin/), and changing one module must change only the chunk that
// holds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/cli.js';

type Files = Map<string, Buffer>;
interface Bundler {
  bundleFiles(overrides?: object): Promise<{ files: Files }>;
  differences(expected: Files, actual: Files): string[];
}

const bundler = async (): Promise<Bundler> => (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'bundle.mjs')).href)) as Bundler;

/** An esbuild plugin that appends a statement with a side effect to one source module. */
function touch(file: string) {
  return {
    name: 'touch-one-module',
    setup(build: { onLoad(options: { filter: RegExp }, load: (args: { path: string }) => Promise<{ contents: string; loader: string }>): void }) {
      build.onLoad({ filter: new RegExp(`${file.replace(/[.]/g, '\\.')}$`) }, async (args) => {
        const { readFile } = await import('node:fs/promises');
        return { contents: `${await readFile(args.path, 'utf8')}\n(globalThis as { wasmpackProbe?: number }).wasmpackProbe = 1;\n`, loader: 'ts' };
      });
    },
  };
}

test('chunk names carry no content hash, and every import names a file of the bundle', async () => {
  const { files } = await (await bundler()).bundleFiles();
  for (const path of files.keys()) assert.doesNotMatch(path, /-[A-Z0-9]{8}\.js/, `${path} is named by a hash`);
  for (const [path, bytes] of files) {
    if (!path.endsWith('.js')) continue;
    for (const [, spec] of bytes.toString().matchAll(/(?:from |import\()"\.\/([^"]+)"/g)) {
      const target = join(path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '', spec!);
      assert.ok(files.has(target), `${path} imports ./${spec}, which the bundle does not have`);
    }
  }
  assert.ok(files.has('chunks/cli-commands-push.js') && files.has('chunks/targets-registry-proxy-transport.js'), [...files.keys()].join(' '));
});

test('a change to one module changes one file of bin/', async () => {
  const b = await bundler();
  const before = (await b.bundleFiles()).files;
  const after = (await b.bundleFiles({ plugins: [touch('src/errors.ts')] })).files;
  assert.deepEqual(b.differences(before, after), ['changed chunks/shared-errors.js']);
});
