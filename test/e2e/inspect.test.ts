/**
 * `wasmpack inspect` of the last build, of an OCI layout entry and of a pushed image, checked
 * against skopeo's view of the same image.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { assertCleanError, copyExample, wasmpack, WASMPACK_BIN } from '../helpers/cli.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';

const exec = promisify(execFile);

/** skopeo's stdout as bytes (the --raw comparison must not go through a string). */
async function skopeoBytes(...args: string[]): Promise<Buffer> {
  const { stdout } = await exec('skopeo', ['--insecure-policy', ...args], { encoding: 'buffer', maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

function sha256(bytes: Buffer | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

describe('wasmpack inspect', () => {
  let registry: RunningRegistry;
  let project: string;
  let ref: string;
  let builtDigest: string;
  before(async () => {
    registry = await startRegistry();
    project = await copyExample('hello-c');
    ref = `${registry.host}/hello:1`;
    const built = await wasmpack(['build', project, '-t', ref, '--env', 'GREETING=hi', '--annotation', 'org.opencontainers.image.vendor=acme', '--json']);
    assert.equal(built.code, 0, built.stderr);
    builtDigest = JSON.parse(built.stdout).digest;
  });
  after(async () => {
    await registry?.stop();
  });

  test('with no argument: the last build of the current directory, as a human summary', async () => {
    const result = await wasmpack(['inspect'], { cwd: project });
    assert.equal(result.code, 0, result.stderr);
    const out = result.stdout;
    assert.match(out, new RegExp(`^Digest: +${builtDigest}$`, 'm'));
    assert.match(out, /^Media type: +application\/vnd\.oci\.image\.manifest\.v1\+json$/m);
    assert.match(out, /^Format: +compat/m);
    assert.match(out, /^Platform: +wasi\/wasm$/m);
    assert.match(out, /^Entrypoint: +\/hello-c\.wasm$/m);
    assert.match(out, /^Env: +GREETING=hi$/m);
    assert.match(out, /^Layers: +1, /m);
    assert.match(out, /^ {2}module\.wasm\.image\/variant=compat$/m);
    assert.match(out, /^ {2}org\.opencontainers\.image\.vendor=acme$/m);
    assert.ok(out.includes(`Tags:         ${ref}`), out);
  });

  test('oci:DIR:TAG --json: one document whose manifest and config match the layout and skopeo', async () => {
    const layout = join(project, '.wasmpack', 'oci');
    const result = await wasmpack(['inspect', `oci:${layout}:${ref}`, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(result.stdout);
    assert.equal(doc.digest, builtDigest);
    assert.equal(doc.reference, `oci:${layout}:${ref}`);
    assert.equal(doc.mediaType, 'application/vnd.oci.image.manifest.v1+json');
    assert.equal(doc.format, 'compat');
    const skopeoManifest = await skopeoBytes('inspect', '--raw', `oci:${layout}:${ref}`);
    assert.deepEqual(doc.manifest, JSON.parse(skopeoManifest.toString('utf8')));
    const skopeoConfig = await skopeoBytes('inspect', '--config', '--raw', `oci:${layout}:${ref}`);
    assert.deepEqual(doc.config, JSON.parse(skopeoConfig.toString('utf8')));
    assert.equal(doc.config.architecture, 'wasm');
    assert.equal(doc.aot, undefined);
  });

  test('a pushed registry reference: digest, --json and --raw byte for byte as skopeo sees it', async () => {
    const pushed = await wasmpack(['push', '-C', project, '--json']);
    assert.equal(pushed.code, 0, pushed.stderr);
    assert.equal(JSON.parse(pushed.stdout).digest, builtDigest);

    const human = await wasmpack(['inspect', ref]);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, new RegExp(`^Image: +${ref.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(human.stdout, new RegExp(`^Digest: +${builtDigest}$`, 'm'));
    assert.match(human.stdout, /^Entrypoint: +\/hello-c\.wasm$/m);

    const json = await wasmpack(['inspect', ref, '--json']);
    assert.equal(json.code, 0, json.stderr);
    const doc = JSON.parse(json.stdout);
    assert.equal(doc.digest, builtDigest);
    assert.equal(doc.config.os, 'wasi');
    assert.deepEqual(doc.config.config.Env, ['GREETING=hi']);

    const raw = await exec(process.execPath, [WASMPACK_BIN, 'inspect', '--raw', ref], { encoding: 'buffer', env: { ...process.env, CI: 'true' } });
    const skopeoRaw = await skopeoBytes('inspect', '--tls-verify=false', '--raw', `docker://${ref}`);
    assert.ok(raw.stdout.equals(skopeoRaw), `--raw differs from skopeo:\n${raw.stdout.toString()}\n${skopeoRaw.toString()}`);
    assert.equal(sha256(raw.stdout), builtDigest);

    const byDigest = await wasmpack(['inspect', `${registry.host}/hello@${builtDigest}`, '--json']);
    assert.equal(byDigest.code, 0, byDigest.stderr);
    assert.equal(JSON.parse(byDigest.stdout).digest, builtDigest);
  });

  test('an artifact build is reported as the CNCF artifact format', async () => {
    const dir = await copyExample('hello-c');
    const built = await wasmpack(['build', dir, '--format', 'artifact', '-t', `${registry.host}/hello-artifact:1`]);
    assert.equal(built.code, 0, built.stderr);
    const result = await wasmpack(['inspect', '-C', dir, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(result.stdout);
    assert.equal(doc.format, 'artifact');
    assert.equal(doc.manifest.config.mediaType, 'application/vnd.wasm.config.v0+json');
    assert.equal(doc.config.architecture, 'wasm');
  });

  test('errors: an unknown tag is REGISTRY_MANIFEST_UNKNOWN, a directory without a build is NO_BUILD, --raw with --json is a usage error', async () => {
    assertCleanError(await wasmpack(['inspect', `${registry.host}/hello:no-such-tag`]), 'REGISTRY_MANIFEST_UNKNOWN');
    const empty = await copyExample('hello-c');
    assertCleanError(await wasmpack(['inspect', '-C', empty]), 'NO_BUILD');
    const both = await wasmpack(['inspect', '--raw', '--json', ref]);
    assert.notEqual(both.code, 0);
  });

  test('AOT images of the last build are listed with the WAMR releases that load them (needs a real wamrc)', async (t) => {
    if (!process.env.WAMRC) {
      t.skip('skipped: WAMRC not set');
      return;
    }
    const dir = await copyExample('hello-c');
    const built = await wasmpack(['build', dir, '--aot', '-t', `${registry.host}/hello-aot:1`]);
    assert.equal(built.code, 0, built.stderr);
    const result = await wasmpack(['inspect', '-C', dir, '--json']);
    assert.equal(result.code, 0, result.stderr);
    const doc = JSON.parse(result.stdout);
    assert.ok(doc.aotImages.length >= 1);
    assert.ok(doc.aotImages[0].aot.runtimes.length >= 1);
    const human = await wasmpack(['inspect', '-C', dir]);
    assert.match(human.stdout, /loads in: /);
  });
});
