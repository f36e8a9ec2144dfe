import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findOnPath } from '../../src/process/exec.js';
import { validateConfig } from '../../src/config/load.js';
import { WASMPACK_BIN, wasmpack } from '../helpers/cli.js';
import { assertCompatImage, readImage } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { tempDir } from '../helpers/temp-dirs.js';

const exec = promisify(execFile);

let registry: RunningRegistry;
before(async () => {
  registry = await startRegistry();
});
after(async () => registry?.stop());

// Each template as a user meets it: `wasmpack init`, then the Makefile it ships, which drives
// `wasmpack build` and `wasmpack push` the way a buildah-based Makefile would.
for (const template of ['c', 'rust', 'go', 'wasm', 'tinygo']) {
  test(`template ${template}: init, then make image push`, async (t) => {
    if (template === 'tinygo' && !(process.env.TINYGO || (await findOnPath('tinygo')))) {
      t.skip('skipped: tinygo not found');
      return;
    }
    const dir = join(await tempDir('wasmpack-template-'), `my-${template}`);
    const init = await wasmpack(['init', dir, '--template', template]);
    assert.equal(init.code, 0, init.stderr);
    await validateConfig(JSON.parse(await readFile(join(dir, 'wasmpack.json'), 'utf8')), 'wasmpack.json');

    const image = `${registry.host}/templates/${template}:1`;
    const make = await exec('make', ['image', 'push', `WASMPACK=${process.execPath} ${WASMPACK_BIN}`, `IMAGE=${image}`, 'WASI_CC=clang-16'], {
      cwd: dir,
      env: { ...process.env, CI: 'true' },
    });
    const pushedDigest = /@(sha256:[0-9a-f]{64})\s*$/.exec(make.stdout.trim())?.[1];
    assert.ok(pushedDigest, `make printed a pushed digest:\n${make.stdout}\n${make.stderr}`);
    const read = await readImage(`docker://${image}`, '--tls-verify=false');
    assert.equal(read.manifestDigest, pushedDigest);
    assertCompatImage(read, `my-${template}`);
  });
}
