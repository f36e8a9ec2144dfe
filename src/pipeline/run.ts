import { access, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import { runAttached, type AttachedRunner } from '../process/attached.js';
import type { Reporter } from '../report/reporter.js';
import type { RegistryAccess } from '../targets/connect.js';
import { readContents, type ImageContents } from './image-contents.js';
import { fetchImage, DEFAULT_PULL_LIMITS, type PullLimits } from './pull.js';
import { chooseRuntime, findRuntime, moduleKind, runtimeCommand, type Invocation, type ModuleKind, type RuntimeName } from './runtimes.js';
import { openLastBuild, STATE_DIR } from './last-build.js';

/*
 * `wasmpack run`: starts a module the way a container engine starts the image. From the image
 * config: Entrypoint (argv[0] and its fixed arguments), Cmd (replaced by the user's ARGS), Env
 * (added to and overridden by --env), WorkingDir. The image's files are unpacked into a private
 * temp directory that the guest sees as "/" (as crun's wasm handlers preopen the container's
 * root), and --dir adds host directories. The temp directory is removed afterwards, so what the
 * module writes there is gone, as it is when a container is removed.
 */

export interface RunRequest {
  /** A registry reference, oci:DIR[:TAG], oci-archive:FILE[:TAG], a project directory (its last build) or a .wasm/.aot file. */
  target: string;
  /** Replace the image's Cmd. */
  args?: string[];
  env?: Record<string, string>;
  /** HOST[:GUEST], repeatable. */
  dirs?: string[];
  runtime?: RuntimeName;
}

export interface RunDeps {
  access: RegistryAccess;
  reporter: Reporter;
  /** Where runtimes are looked up (IWASM, WASMTIME, ..., PATH). */
  env: NodeJS.ProcessEnv;
  /** How the runtime is started; default: attached to wasmpack's terminal (runAttached). */
  spawn?: AttachedRunner;
  /** node:wasi's host program. */
  nodeHost: string;
  limits?: PullLimits;
  /** Called just before the module starts: from here on an exit code is the module's. */
  onStart?(): void;
}

export interface RunResult {
  code: number;
  runtime: RuntimeName;
  kind: ModuleKind;
}

/** What to start: the module's bytes and what the image says about running it. */
interface Runnable {
  name: string;
  bytes: Buffer;
  kind: ModuleKind;
  /** The host file, when the module is run from where it already is (FILE mode). */
  path?: string;
  contents?: ImageContents;
}

export async function runImage(request: RunRequest, deps: RunDeps): Promise<RunResult> {
  const runnable = await resolveRunnable(request.target, deps);
  const dirs = await parseDirs(request.dirs ?? []);
  let kind = runnable.kind;
  let runtime = chooseRuntime(kind, request.runtime);
  // An image with /<name>.aot beside its .wasm (--aot-ship embed): WAMR takes the .aot.
  const embeddedAot = runtime === 'iwasm' && runnable.contents?.aot && runnable.contents.aot.path !== runnable.contents.entrypoint.path ? runnable.contents.aot : undefined;
  if (embeddedAot) kind = 'aot';
  runtime = chooseRuntime(kind, runtime);
  const executable = await findRuntime(runtime, deps.env);

  const scratch = await mkdtemp(join(tmpdir(), 'wasmpack-run-'));
  try {
    const invocation = await prepare(runnable, scratch, request, dirs, embeddedAot?.path);
    const command = runtimeCommand(runtime, invocation, { executable, nodeHost: deps.nodeHost, scratch: join(scratch, 'runtime') });
    await mkdir(join(scratch, 'runtime'), { recursive: true });
    for (const [path, text] of Object.entries(command.files ?? {})) await writeFile(path, text);
    const cwd = await workingDirOnHost(invocation);
    const name = embeddedAot ? runnable.name.replace(runnable.contents!.entrypoint.path, embeddedAot.path) : runnable.name;
    deps.reporter.info(`running ${name} with ${runtime === 'node' ? 'node:wasi (preview1)' : runtime}`);
    deps.reporter.stop();
    deps.onStart?.();
    const { code } = await (deps.spawn ?? runAttached)(command.command, command.args, { cwd, env: deps.env, ...(deps.access.signal ? { signal: deps.access.signal } : {}) });
    return { code, runtime, kind };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function resolveRunnable(target: string, deps: RunDeps): Promise<Runnable> {
  const hasTransport = /^(oci|oci-archive|docker-archive|docker):/.test(target);
  const info = hasTransport ? undefined : await stat(target).catch(() => undefined);
  if (info?.isFile()) {
    const bytes = await readFile(target);
    return { name: target, bytes, kind: kindOf(bytes, target), path: resolve(target) };
  }
  let image = target;
  if (info?.isDirectory()) image = await imageOfDirectory(resolve(target));
  const pulled = await fetchImage(image, { access: deps.access, reporter: deps.reporter, limits: deps.limits ?? DEFAULT_PULL_LIMITS });
  const contents = await readContents(pulled, (deps.limits ?? DEFAULT_PULL_LIMITS).tar);
  const bytes = contents.entrypoint.file.bytes;
  return { name: `${pulled.reference} (${contents.entrypoint.path})`, bytes, kind: kindOf(bytes, contents.entrypoint.path), contents };
}

/** A project directory means its last build (checked against the layout); an OCI layout means itself. */
async function imageOfDirectory(dir: string): Promise<string> {
  const isLayout = await access(join(dir, 'index.json')).then(() => true, () => false);
  const hasBuild = await access(join(dir, STATE_DIR, 'last-build.json')).then(() => true, () => false);
  if (isLayout && !hasBuild) return `oci:${dir}`;
  const build = await openLastBuild(dir);
  return `oci:${build.layout}:${build.ref}`;
}

function kindOf(bytes: Buffer, what: string): ModuleKind {
  const kind = moduleKind(bytes);
  if (!kind) throw new WasmpackError('NOT_WASM', `${what} is neither a wasm module, a component nor a WAMR .aot`, 'run a .wasm, or an image whose entrypoint is one');
  return kind;
}

/** Writes the image's files under scratch/rootfs and says what the guest gets. */
async function prepare(runnable: Runnable, scratch: string, request: RunRequest, dirs: Array<{ guest: string; host: string }>, aotPath?: string): Promise<Invocation> {
  const env = { ...imageEnv(runnable.contents?.config.Env ?? []), ...(request.env ?? {}) };
  if (!runnable.contents) {
    // A bare module: nothing but what the user gives it.
    return { module: runnable.path!, argv0: basename(runnable.path!), args: request.args ?? [], env, preopens: dirs, workingDir: '/' };
  }
  const { config, files, entrypoint } = runnable.contents;
  const rootfs = join(scratch, 'rootfs');
  await mkdir(rootfs, { recursive: true });
  for (const file of files.values()) {
    const path = join(rootfs, ...file.path.split('/'));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.bytes, { mode: file.mode & 0o755 ? 0o755 : 0o644 });
  }
  const fixed = config.Entrypoint?.length ? config.Entrypoint.slice(1) : [];
  const defaults = config.Entrypoint?.length ? (config.Cmd ?? []) : (config.Cmd ?? []).slice(1);
  const args = [...fixed, ...(request.args?.length ? request.args : defaults)];
  const started = aotPath ?? entrypoint.path;
  return {
    module: join(rootfs, ...started.split('/').filter(Boolean)),
    argv0: config.Entrypoint?.[0] ?? config.Cmd?.[0] ?? entrypoint.path,
    args,
    env,
    preopens: [{ guest: '/', host: rootfs }, ...dirs],
    workingDir: config.WorkingDir || '/',
  };
}

/** Env entries are K=V; a later entry for the same key wins, as in a container engine. */
export function imageEnv(entries: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of entries) {
    const at = entry.indexOf('=');
    if (at > 0) env[entry.slice(0, at)] = entry.slice(at + 1);
  }
  return env;
}

/** --dir HOST[:GUEST]: the guest path defaults to the host path; the host directory must exist. */
export async function parseDirs(values: string[]): Promise<Array<{ guest: string; host: string }>> {
  const out: Array<{ guest: string; host: string }> = [];
  for (const value of values) {
    const colon = value.indexOf(':');
    const host = resolve(colon < 0 ? value : value.slice(0, colon));
    const guest = colon < 0 ? host : value.slice(colon + 1);
    if (!isAbsolute(guest) || guest.split('/').includes('..')) {
      throw new WasmpackError('BAD_FLAG', `--dir ${value}: the guest path "${guest}" must be absolute`, 'write --dir HOST[:GUEST], e.g. --dir ./data:/data');
    }
    const info = await stat(host).catch(() => undefined);
    if (!info?.isDirectory()) throw new WasmpackError('BAD_FLAG', `--dir ${value}: ${host} is not a directory`, 'write --dir HOST[:GUEST] with an existing host directory');
    out.push({ guest, host });
  }
  return out;
}

/**
 * WASI preview1 has no working directory (wasi-libc resolves relative paths against "/"), so the
 * image's WorkingDir becomes the runtime's own directory inside the unpacked image, where a
 * runtime that maps "." would find it, and WASI 0.2's initial-cwd (jco).
 */
async function workingDirOnHost(invocation: Invocation): Promise<string | undefined> {
  const root = invocation.preopens.find((p) => p.guest === '/')?.host;
  if (!root) return undefined;
  const inside = join(root, ...invocation.workingDir.split('/').filter((s) => s && s !== '..'));
  return (await stat(inside).catch(() => undefined))?.isDirectory() ? inside : root;
}
