// The GitHub Action, run as the runner runs it (test/helpers/action-runner.ts) on a `git archive`
// of HEAD, against a real docker-registry, with skopeo reading back what was pushed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkoutAction, readActionMetadata, removeActionDirs, runAction, visibleLog, workspaceWith, type ActionRun } from '../helpers/action-runner.js';
import { readImage, skopeo } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';

const COMMIT_DATE = '2024-05-01T10:00:00Z';
const TAG_PUSH = (sha: string) => ({ name: 'push', ref: 'refs/tags/v1.2.3', sha, payload: { ref: 'refs/tags/v1.2.3', head_commit: { id: sha, timestamp: '2030-01-01T00:00:00Z' } } });
const USER = 'action-user';
const PASSWORD = 'Pa55-from-inputs!';

let checkout: string;
before(async () => {
  checkout = await checkoutAction();
});
after(removeActionDirs);

/** action.yml's `runs.using: nodeNN` is the node that ran the step (scripts/test.sh runs the tests on node 24). */
async function assertRunsOnDeclaredNode(run: ActionRun): Promise<void> {
  const { runs } = await readActionMetadata(checkout);
  assert.equal(`node${run.nodeVersion.split('.')[0]}`, runs.using, `the step ran on node ${run.nodeVersion}`);
}

function assertNoStack(run: ActionRun): void {
  assert.doesNotMatch(run.stdout + run.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
}

test('action.yml: a node24 action whose main is in the checkout, every input with a description and default, every output described', async () => {
  const meta = await readActionMetadata(checkout);
  assert.equal(meta.runs.using, 'node24');
  await stat(join(checkout, meta.runs.main));
  assert.deepEqual(Object.keys(meta.inputs).sort(), ['aot', 'aot-targets', 'annotations', 'args', 'format', 'github-token', 'images', 'labels', 'password', 'path', 'push', 'tags', 'username'].sort());
  for (const [name, spec] of Object.entries(meta.inputs)) {
    assert.ok(spec.description?.length > 10, `${name} has a description`);
    assert.equal(typeof spec.default, 'string', `${name} has a default`);
  }
  assert.equal(meta.inputs['github-token']!.default, '${{ github.token }}');
  assert.deepEqual(Object.keys(meta.outputs).sort(), ['aot', 'digest', 'image', 'imageid', 'metadata', 'tags']);
  for (const [name, spec] of Object.entries(meta.outputs)) assert.ok(spec.description?.length > 10, `${name} has a description`);
  await assert.rejects(stat(join(checkout, 'node_modules')), 'the checkout has no node_modules');
});

describe('plain registry', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry();
  });
  after(async () => registry?.stop());

  test('a v1.2.3 tag push pushes 1.2.3, 1.2, 1 and latest to one digest and sets every output', async () => {
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const repo = `${registry.host}/acme/hello`;
    const run = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    await assertRunsOnDeclaredNode(run);
    assertNoStack(run);

    const { digest, image, tags, imageid, metadata } = run.outputs;
    assert.match(digest ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal(image, `${repo}:1.2.3@${digest}`);
    assert.deepEqual(tags?.split('\n'), ['1.2.3', '1.2', '1', 'latest'].map((t) => `${repo}:${t}`));
    for (const tag of ['1.2.3', '1.2', '1', 'latest']) {
      const read = await readImage(`docker://${repo}:${tag}`, '--tls-verify=false');
      assert.equal(read.manifestDigest, digest, `${tag} is the pushed digest`);
    }
    const read = await readImage(`docker://${repo}:1.2.3`, '--tls-verify=false');
    assert.equal(imageid, read.manifest.config.digest);
    const doc = JSON.parse(metadata!);
    assert.equal(doc.digest, digest);
    assert.equal(doc.imageId, imageid);
    assert.deepEqual(doc.pushed.map((p: { tags: string[] }) => p.tags), [['1.2.3', '1.2', '1', 'latest']]);
    // aot is an output only when AOT images are built (wamrc is not installed here).
    assert.equal(run.outputs.aot, undefined);

    // The repository's annotations come for free; created is the commit's time from git, not the payload's.
    assert.equal(read.manifest.annotations['org.opencontainers.image.source'], 'https://github.com/acme/hello');
    assert.equal(read.manifest.annotations['org.opencontainers.image.revision'], sha);
    assert.equal(read.manifest.annotations['org.opencontainers.image.version'], '1.2.3');
    assert.equal(read.manifest.annotations['org.opencontainers.image.created'], COMMIT_DATE);
    assert.equal(read.config.created, COMMIT_DATE);

    assert.match(run.stdout, /^::group::wasmpack build hello-c$/m);
    assert.match(run.stdout, /^::group::push 4 references$/m);
    assert.match(run.stdout, /^::endgroup::$/m);
    assert.match(run.summary, new RegExp(`\\| Digest \\| \`${digest}\` \\|`));
    assert.match(run.summary, /\| Platform \| `wasi\/wasm` \|/);
    assert.match(run.summary, new RegExp(`#### Pushed[\\s\\S]*\\| \`${repo.replace(/\./g, '\\.')}\` \\| \`1\\.2\\.3\` \`1\\.2\` \`1\` \`latest\` \\| 2 / 0 / 0 \\|`));

    // A rebuild of the same commit, in another checkout, gives the same digest.
    const again = await workspaceWith('hello-c', COMMIT_DATE);
    assert.equal(again.sha, sha);
    const rerun = await runAction(checkout, { workspace: again.workspace, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo } });
    assert.equal(rerun.code, 0, rerun.stdout + rerun.stderr);
    assert.equal(rerun.outputs.digest, digest);
    assert.match(rerun.summary, /\| 0 \/ 2 \/ 0 \|/, 'nothing uploaded the second time');
  });

  // Needs a real wamrc (README#development): WAMRC=/path/to/wamrc. The runner passes the env through.
  test('aot-targets pushes the AOT sibling beside each tag and sets the aot output', async (t) => {
    if (!process.env.WAMRC) return t.skip('skipped: WAMRC not set');
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const repo = `${registry.host}/acme/hello-aot`;
    const run = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo, 'aot-targets': 'x86_64' }, env: { WAMRC: process.env.WAMRC } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const aot = JSON.parse(run.outputs.aot!) as Array<{ target: string; references: string[] }>;
    assert.deepEqual(aot.map((a) => a.target), ['x86_64']);
    assert.deepEqual(aot[0]!.references, ['1.2.3', '1.2', '1', 'latest'].map((tag) => `${repo}:${tag}-aot-x86_64`));
    for (const ref of aot[0]!.references) {
      const read = await readImage(`docker://${ref}`, '--tls-verify=false');
      assert.deepEqual(read.config.config.Entrypoint, ['/hello-c.aot'], `${ref} is the AOT sibling`);
      assert.notEqual(read.manifestDigest, run.outputs.digest);
    }
    assert.match(run.summary, /#### AOT images/);
  });

  test('a pull request is built and checked, not pushed', async () => {
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const repo = `${registry.host}/acme/pr-only`;
    const run = await runAction(checkout, {
      workspace,
      event: { name: 'pull_request', ref: 'refs/pull/7/merge', sha, payload: { number: 7, pull_request: { number: 7 } } },
      with: { path: 'hello-c', images: repo },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    await assertRunsOnDeclaredNode(run);
    assert.equal(run.outputs.tags, `${repo}:pr-7`);
    assert.match(run.outputs.digest ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.equal(JSON.parse(run.outputs.metadata!).pushed, undefined);
    assert.match(run.stdout, /^::notice title=wasmpack::built hello-c, not pushed: pull_request event$/m);
    assert.doesNotMatch(run.stdout, /::group::push/);
    assert.match(run.summary, /\*\*Built, not pushed\*\* \(pull_request event\)/);
    await assert.rejects(skopeo('list-tags', '--tls-verify=false', `docker://${repo}`), 'the registry has no such repository');
  });

  test('a missing path fails the step with an ::error annotation carrying the code and hint', async () => {
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const run = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'no-such-dir', images: `${registry.host}/acme/hello` } });
    assert.notEqual(run.code, 0);
    await assertRunsOnDeclaredNode(run);
    assert.match(run.stdout, /^::error title=wasmpack ACTION_PATH_NOT_FOUND::error\[ACTION_PATH_NOT_FOUND\]: input "path" is "no-such-dir", but .* is not a directory%0Ahint: set "path" to the project directory/m);
    assertNoStack(run);
    assert.deepEqual(run.outputs, {});
    assert.match(run.summary, /^### wasmpack failed\n\n```\nerror\[ACTION_PATH_NOT_FOUND\]: /);
  });

  test('an error in the config file points file= and line= at it', async () => {
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    await writeFile(join(workspace, 'hello-c', 'wasmpack.json'), '{\n  "name": "hello-c",\n  "format": "tarball"\n}\n');
    const run = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'hello-c' } });
    assert.notEqual(run.code, 0);
    assert.match(run.stdout, /^::error title=wasmpack CONFIG_INVALID,file=hello-c\/wasmpack\.json::error\[CONFIG_INVALID\]: .*format: must be one of/m);
    await writeFile(join(workspace, 'hello-c', 'wasmpack.json'), '{\n  "name": "hello-c",\n  oops\n}\n');
    const broken = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'hello-c' } });
    assert.match(broken.stdout, /^::error title=wasmpack CONFIG_INVALID,file=hello-c\/wasmpack\.json,line=3,col=3::/m);
  });
});

describe('registry with basic auth', () => {
  let registry: RunningRegistry;
  before(async () => {
    registry = await startRegistry({ htpasswd: { user: USER, password: PASSWORD } });
  });
  after(async () => registry?.stop());

  const secrets = [PASSWORD, Buffer.from(`${USER}:${PASSWORD}`).toString('base64')];
  function assertNoSecrets(run: ActionRun): void {
    for (const secret of secrets) {
      assert.ok(!visibleLog(run.stdout).includes(secret), 'not in the log');
      assert.ok(!run.stderr.includes(secret), 'not on stderr');
      assert.ok(!run.summary.includes(secret), 'not in the summary');
      assert.ok(!run.outputFile.includes(secret), 'not in the outputs');
    }
    assert.ok(!(visibleLog(run.stdout) + run.stderr + run.summary + run.outputFile).includes(USER), 'the user name is not echoed either');
  }

  test('username and password from the inputs push, are masked, and appear nowhere', async () => {
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const repo = `${registry.host}/private/hello`;
    const run = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'hello-c', images: repo, username: USER, password: PASSWORD } });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(run.stdout.split('\n').includes(`::add-mask::${PASSWORD}`), 'the password is masked for the runner');
    assertNoSecrets(run);
    const read = await readImage(`docker://${repo}:latest`, '--tls-verify=false', `--creds=${USER}:${PASSWORD}`);
    assert.equal(read.manifestDigest, run.outputs.digest);
    // The project's own files hold no trace either (last-build.json, the layout's index).
    const lastBuild = await readFile(join(workspace, 'hello-c', '.wasmpack', 'last-build.json'), 'utf8');
    assert.ok(!lastBuild.includes(PASSWORD));
  });

  test('a wrong password fails with REGISTRY_UNAUTHORIZED, and is not shown', async () => {
    const { workspace, sha } = await workspaceWith('hello-c', COMMIT_DATE);
    const wrong = `${PASSWORD}-wrong`;
    const run = await runAction(checkout, { workspace, event: TAG_PUSH(sha), with: { path: 'hello-c', images: `${registry.host}/private/denied`, username: USER, password: wrong } });
    assert.notEqual(run.code, 0);
    assert.match(run.stdout, /^::error title=wasmpack REGISTRY_UNAUTHORIZED::error\[REGISTRY_UNAUTHORIZED\]/m);
    assert.ok(!visibleLog(run.stdout).includes(wrong) && !run.stderr.includes(wrong) && !run.outputFile.includes(wrong) && !run.summary.includes(wrong));
    assertNoStack(run);
  });
});
