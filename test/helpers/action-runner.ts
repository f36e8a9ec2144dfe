/**
 * Runs the GitHub Action the way the runner does for a `uses:` step of a JavaScript action
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/metadata-syntax#runs-for-javascript-actions):
 * the repository at a ref (here a `git archive` of HEAD, so nothing untracked leaks in), INPUT_*
 * from action.yml's defaults overridden by the step's `with:`, the default GITHUB_* variables,
 * an event payload file, fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, then
 * `node <runs.main>` in the workspace. Outputs are read back from GITHUB_OUTPUT with the
 * runner's parsing rules.
 */
import { spawn, execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from './cli.js';

const exec = promisify(execFile);

export interface ActionMetadata {
  name: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export async function readActionMetadata(dir: string): Promise<ActionMetadata> {
  return parseYaml(await readFile(join(dir, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** Temp dirs made by checkoutAction and workspaceWith, for removeActionDirs. */
const created: string[] = [];

/** Removes every checkout and workspace made so far (a test file's after hook). */
export async function removeActionDirs(): Promise<void> {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** `git archive HEAD` extracted into a fresh directory: what `uses: owner/repo@ref` checks out. */
export async function checkoutAction(): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'wasmpack-action-'));
  created.push(parent);
  const checkout = join(parent, 'wasmpack');
  await mkdir(checkout);
  const archive = join(parent, 'head.tar');
  await exec('git', ['-C', REPO_ROOT, 'archive', '--format=tar', '-o', archive, 'HEAD']);
  await exec('tar', ['-xf', archive, '-C', checkout]);
  return checkout;
}

export interface RunnerEvent {
  name: string;
  ref: string;
  sha: string;
  payload?: Record<string, unknown>;
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as written. */
  outputFile: string;
  summary: string;
  /** process.versions.node of the node that ran runs.main. */
  nodeVersion: string;
}

export interface RunActionOptions {
  workspace: string;
  event: RunnerEvent;
  /** The step's `with:`. */
  with?: Record<string, string>;
  /** The value `${{ github.token }}` evaluates to. */
  githubToken?: string;
  repository?: string;
  actor?: string;
  env?: NodeJS.ProcessEnv;
  /** The runner's node binary: the node running the tests unless given (test.sh runs them on node 24). */
  node?: string;
}

/** Runs `node <runs.main>` of the action in `checkout` for one step. */
export async function runAction(checkout: string, options: RunActionOptions): Promise<ActionRun> {
  const meta = await readActionMetadata(checkout);
  const runner = await mkdtemp(join(tmpdir(), 'wasmpack-runner-'));
  const home = join(runner, 'home');
  await mkdir(home);
  const files = { event: join(runner, 'event.json'), output: join(runner, 'output'), summary: join(runner, 'summary') };
  await writeFile(files.event, JSON.stringify(options.event.payload ?? {}));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const inputs = inputEnvironment(meta, options.with ?? {}, { 'github.token': options.githubToken ?? 'ghs_test-runner-token' });
  const { ref } = options.event;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    // No credentials of the user running the tests may leak in.
    XDG_CONFIG_HOME: join(home, '.config'),
    DOCKER_CONFIG: join(home, '.docker'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: ref,
    GITHUB_REF_NAME: ref.replace(/^refs\/(heads|tags)\//, ''),
    GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_SHA: options.event.sha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: options.repository ?? 'acme/hello',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_ACTOR: options.actor ?? 'octocat',
    RUNNER_TEMP: runner,
    ...inputs,
    ...options.env,
  };
  // The runner's node for `using: node24`: the test's node unless the test names another.
  const node = options.node ?? process.execPath;
  const nodeVersion = (await exec(node, ['-p', 'process.versions.node'])).stdout.trim();
  const child = spawn(node, [join(checkout, meta.runs.main)], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c ?? 1));
  });
  const outputFile = await readFile(files.output, 'utf8');
  const summary = await readFile(files.summary, 'utf8');
  await rm(runner, { recursive: true, force: true });
  return { code, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString(), outputs: parseOutputFile(outputFile), outputFile, summary, nodeVersion };
}

/** INPUT_* for a step: the step's `with:` over action.yml's defaults, expressions in defaults evaluated. */
export function inputEnvironment(meta: ActionMetadata, values: Record<string, string>, expressions: Record<string, string>): Record<string, string> {
  for (const name of Object.keys(values)) {
    // The runner warns about unexpected inputs; here a typo in a test is an error.
    if (!(name in meta.inputs)) throw new Error(`action.yml has no input "${name}"`);
  }
  const env: Record<string, string> = {};
  for (const [name, spec] of Object.entries(meta.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = values[name] ?? evaluate(spec.default ?? '', expressions);
  }
  return env;
}

/** `${{ github.token }}` and friends; an expression the test does not know fails rather than guessing. */
function evaluate(text: string, values: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expression: string) => {
    const value = values[expression];
    if (value === undefined) throw new Error(`action.yml uses \${{ ${expression} }}, which the runner emulation does not know`);
    return value;
  });
}

/**
 * GITHUB_OUTPUT as the runner reads it: `name=value` lines, or `name<<DELIMITER`, the value's
 * lines, then a line with exactly the delimiter.
 */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: ${name} has no closing delimiter ${delimiter}`);
      out[name!] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: malformed line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** The log as the runner shows it: ::add-mask:: lines are consumed by the runner, never printed. */
export function visibleLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** A user's repository: `project` from examples/ under WORKSPACE/<project>, committed with fixed dates. */
export async function workspaceWith(project: string, commitDate: string): Promise<{ workspace: string; sha: string }> {
  const workspace = await mkdtemp(join(tmpdir(), 'wasmpack-workspace-'));
  created.push(workspace);
  await cp(join(REPO_ROOT, 'examples', project), join(workspace, project), { recursive: true, filter: (src) => !/\/(target|\.wasmpack)(\/|$)/.test(src) });
  const git = (...args: string[]) =>
    exec('git', ['-C', workspace, '-c', 'user.name=Octo Cat', '-c', 'user.email=octo@example.com', '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: commitDate, GIT_COMMITTER_DATE: commitDate },
    });
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'initial');
  const { stdout } = await git('rev-parse', 'HEAD');
  return { workspace, sha: stdout.trim() };
}
