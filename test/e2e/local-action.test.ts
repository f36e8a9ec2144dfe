// The action's TypeScript source run through @github/local-action, GitHub's harness for running
// JavaScript/TypeScript actions locally (https://github.com/github/local-action): it reads
// action.yml, loads the .env file into the environment, imports the entrypoint with tsx and
// calls its exported run(). This is how action authors exercise an action before a release.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { access, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inputEnvironment, parseOutputFile, readActionMetadata, removeActionDirs, workspaceWith } from '../helpers/action-runner.js';
import { REPO_ROOT } from '../helpers/cli.js';
import { readImage } from '../helpers/inspect-image.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { tempDir } from '../helpers/temp-dirs.js';

const exec = promisify(execFile);
const LOCAL_ACTION = join(REPO_ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
const ENTRYPOINT = 'src/action/main.ts';

/** Why local-action cannot run here, or undefined when it can. */
async function unavailable(paths: string[]): Promise<string | undefined> {
  try {
    await access(LOCAL_ACTION);
  } catch {
    return `@github/local-action is not installed (${LOCAL_ACTION}); run npm ci`;
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (![20, 22, 24].includes(major)) return `@github/local-action supports Node 20, 22 and 24 (engines), this is ${process.versions.node}`;
  try {
    await exec('npm', ['--version']);
  } catch {
    return 'npm is not on PATH (local-action starts tsx with `npm exec`)';
  }
  // It joins its arguments into one shell command line without quoting them.
  const spaced = paths.find((p) => /\s/.test(p));
  if (spaced) return `local-action cannot take a path with spaces (${spaced})`;
  return undefined;
}

interface LocalRun {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

async function localAction(values: Record<string, string>, event: { name: string; ref: string; sha: string }, workspace: string): Promise<LocalRun> {
  const dir = await tempDir('wasmpack-local-action-');
  const files = { env: join(dir, '.env'), output: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  await writeFile(files.event, '{}');
  const env = {
    ...inputEnvironment(await readActionMetadata(REPO_ROOT), values, { 'github.token': 'ghs_local-action-token' }),
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: event.ref,
    GITHUB_SHA: event.sha,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTOR: 'octocat',
  };
  // dotenv syntax: double-quoted values, with \n for newlines.
  await writeFile(files.env, Object.entries(env).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`).join('\n') + '\n');
  const child = spawn(process.execPath, [LOCAL_ACTION, 'run', REPO_ROOT, ENTRYPOINT, files.env], {
    cwd: REPO_ROOT,
    // No credentials of the user running the tests may leak in; npm keeps its own HOME.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DOCKER_CONFIG: join(dir, 'docker'), XDG_CONFIG_HOME: join(dir, 'config'), CI: 'true', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => out.push(c));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  return { code, stdout: Buffer.concat(out).toString(), outputs: parseOutputFile(await readFile(files.output, 'utf8')), summary: await readFile(files.summary, 'utf8') };
}

describe('@github/local-action', () => {
  let registry: RunningRegistry;
  let skip: string | undefined;
  before(async () => {
    skip = await unavailable([REPO_ROOT, tmpdir()]);
    if (!skip) registry = await startRegistry();
  });
  after(async () => registry?.stop());
  after(removeActionDirs);

  test('runs src/action/main.ts: a branch push builds and pushes <branch> and sha-<7>', async (t) => {
    if (skip) return t.skip(`skipped: ${skip}`);
    const { workspace, sha } = await workspaceWith('hello-c', '2024-05-01T10:00:00Z');
    const repo = `${registry.host}/local/hello`;
    const run = await localAction({ path: 'hello-c', images: repo }, { name: 'push', ref: 'refs/heads/main', sha }, workspace);
    assert.equal(run.code, 0, run.stdout);
    assert.match(run.stdout, /Running Action/, 'local-action ran the entrypoint');
    assert.deepEqual(run.outputs.tags?.split('\n'), [`${repo}:main`, `${repo}:sha-${sha.slice(0, 7)}`]);
    for (const tag of ['main', `sha-${sha.slice(0, 7)}`]) {
      assert.equal((await readImage(`docker://${repo}:${tag}`, '--tls-verify=false')).manifestDigest, run.outputs.digest);
    }
    assert.match(run.summary, /#### Pushed/);
  });

  test('a missing path fails the run with the ::error line', async (t) => {
    if (skip) return t.skip(`skipped: ${skip}`);
    const { workspace, sha } = await workspaceWith('hello-c', '2024-05-01T10:00:00Z');
    const run = await localAction({ path: 'missing' }, { name: 'push', ref: 'refs/heads/main', sha }, workspace);
    assert.notEqual(run.code, 0);
    assert.match(run.stdout, /^::error title=wasmpack ACTION_PATH_NOT_FOUND::error\[ACTION_PATH_NOT_FOUND\]/m);
  });
});
