// bin/ is committed (the package and a checkout run from it), so the commit must hold exactly
// what scripts/bundle.mjs makes from the sources now: esbuild is deterministic (no timestamps,
// chunk names from the modules they hold, paths relative to the repository). scripts/test.sh bundles
// into the work tree first, so the comparison is with the last commit (git show HEAD:bin/...).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/cli.js';
import { committedTree } from '../helpers/committed.js';

type Files = Map<string, Buffer>;

test('the committed bin/ is the bundle of the current sources (run npm run bundle, commit bin/)', async () => {
  const bundler = (await import(pathToFileURL(join(REPO_ROOT, 'scripts', 'bundle.mjs')).href)) as {
    bundleFiles(): Promise<{ files: Files }>;
    differences(expected: Files, actual: Files): string[];
  };
  const fresh = await bundler.bundleFiles();
  assert.ok(fresh.files.has('wasmpack.js'));
  assert.deepEqual(bundler.differences(fresh.files, committedTree('bin')), [], 'bin/ in the last commit is stale: run `npm run bundle` and commit bin/');
  // Two builds give the same bytes: the check above cannot pass by luck of a stale timestamp.
  const again = await bundler.bundleFiles();
  assert.deepEqual(bundler.differences(fresh.files, again.files), []);
});
