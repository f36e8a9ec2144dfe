// The AOT path of build and push, end to end through the pipeline functions. wamrc cannot be
// installed here, so it is played by wamrcDouble (test/helpers/wamrc-double.ts): a TEST DOUBLE
// that writes files with a real AOT header and no code. Everything else is real: the layout,
// the registry (docker-registry) and skopeo reading back what was pushed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runProcess } from '../../src/process/exec.js';
import { buildProject } from '../../src/pipeline/build.js';
import { pushImage } from '../../src/pipeline/push.js';
import { silentReporter } from '../../src/report/reporter.js';
import { installWamrcDouble } from '../helpers/wamrc-double.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { staticCredentialsDouble } from '../helpers/registry-fixtures.js';
import { skopeo } from '../helpers/inspect-image.js';
import { tempDir } from '../helpers/temp-dirs.js';

let registry: RunningRegistry;
before(async () => {
  registry = await startRegistry();
});
after(async () => {
  await registry?.stop();
});

async function project(): Promise<{ dir: string; env: NodeJS.ProcessEnv }> {
  const dir = await tempDir('wasmpack-aot-');
  await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
  const wamrc = installWamrcDouble(dir);
  return { dir, env: { ...process.env, WAMRC: wamrc, WAMRC_DOUBLE_VERSION: '2.4.1' } };
}

test('--aot ships sibling and embedded images and a referrer; the portable tag stays portable', async () => {
  const { dir, env } = await project();
  const tag = `${registry.host}/aot-app:1.0`;
  const built = await buildProject(
    // --sbom none: the one referrer here is the AOT one (SBOM referrers are tested in test/*/supply-chain).
    { dir, cwd: dir, wasm: 'app.wasm', tags: [tag], timestamp: 0, sbom: 'none', aot: { enabled: true, targets: ['x86_64', 'aarch64'], ship: ['sibling', 'embed', 'referrer'] } },
    { runner: runProcess, reporter: silentReporter, env },
  );
  // last-build.json keeps only what the layout cannot say: no paths, no digests
  const state = JSON.parse(await readFile(join(dir, '.wasmpack', 'last-build.json'), 'utf8'));
  assert.deepEqual(Object.keys(state).sort(), ['companions', 'ref', 'tags']);
  assert.deepEqual([...state.companions].sort(), ['-aot-aarch64', '-aot-x86_64', '-wasm-aot-aarch64', '-wasm-aot-x86_64']);
  assert.deepEqual(built.graph.companions.map((c) => c.suffix).sort(), [...state.companions].sort());
  assert.equal(built.graph.referrers.length, 1);

  // the portable image is untouched by AOT: same digest as a build without it
  const { dir: plainDir, env: plainEnv } = await project();
  const plain = await buildProject({ dir: plainDir, cwd: plainDir, wasm: 'app.wasm', tags: [tag], timestamp: 0 }, { runner: runProcess, reporter: silentReporter, env: plainEnv });
  assert.equal(built.digest, plain.digest);

  const pushed = await pushImage({ destinations: [], dir }, { access: { credentials: staticCredentialsDouble() }, reporter: silentReporter });
  assert.equal(pushed.digest, built.digest);
  assert.deepEqual(pushed.pushed[0]!.extraTags?.sort(), ['1.0-aot-aarch64', '1.0-aot-x86_64', '1.0-wasm-aot-aarch64', '1.0-wasm-aot-x86_64']);

  const read = async (ref: string) => JSON.parse(await skopeo('inspect', '--raw', '--tls-verify=false', `docker://${ref}`));
  const portable = await read(tag);
  assert.equal(portable.annotations['dev.wasmpack.aot.target'], undefined, 'no AOT facts on the portable tag');
  const sibling = await read(`${tag}-aot-x86_64`);
  assert.equal(sibling.annotations['dev.wasmpack.aot.target'], 'x86_64');
  assert.equal(sibling.annotations['dev.wasmpack.aot.format-version'], '5');
  assert.match(sibling.annotations['dev.wasmpack.wasm.digest'], /^sha256:[0-9a-f]{64}$/);
  const siblingConfig = JSON.parse(await skopeo('inspect', '--config', '--raw', '--tls-verify=false', `docker://${tag}-aot-x86_64`));
  assert.deepEqual(siblingConfig.config.Entrypoint, ['/app.aot']);
  const embedded = JSON.parse(await skopeo('inspect', '--config', '--raw', '--tls-verify=false', `docker://${tag}-wasm-aot-aarch64`));
  assert.deepEqual(embedded.config.Entrypoint, ['/app.wasm'], 'embedded images keep the portable module as entrypoint');

  // docker-registry 2.8 has no referrers API: the spec's fallback tag lists the referrer
  const fallback = await read(`${registry.host}/aot-app:sha256-${built.digest.slice('sha256:'.length)}`);
  assert.equal(fallback.mediaType, 'application/vnd.oci.image.index.v1+json');
  assert.equal(fallback.manifests.length, 1);
  assert.equal(fallback.manifests[0].digest, built.graph.referrers[0]!.descriptor.digest);
  const referrer = await read(`${registry.host}/aot-app@${built.graph.referrers[0]!.descriptor.digest}`);
  assert.equal(referrer.subject.digest, built.digest);
  assert.equal(referrer.layers.length, 2);

  // pushing again keeps one fallback entry and uploads nothing new
  const again = await pushImage({ destinations: [], dir }, { access: { credentials: staticCredentialsDouble() }, reporter: silentReporter });
  assert.equal(again.pushed[0]!.stats?.blobBytesUploaded, 0);
  assert.equal((await read(`${registry.host}/aot-app:sha256-${built.digest.slice('sha256:'.length)}`)).manifests.length, 1);
});

test('no wamrc: WAMRC_NOT_FOUND, and nothing is written to the layout', async () => {
  const { dir } = await project();
  await assert.rejects(
    buildProject({ dir, cwd: dir, wasm: 'app.wasm', timestamp: 0, aot: { enabled: true } }, { runner: runProcess, reporter: silentReporter, env: { PATH: '/nonexistent' } }),
    (err: Error & { code?: string }) => err.code === 'WAMRC_NOT_FOUND',
  );
  await assert.rejects(readFile(join(dir, '.wasmpack', 'oci', 'index.json')), { code: 'ENOENT' });
});
