import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { WasmpackError, wrap } from '../errors.js';
import { parseReference } from '../oci/reference.js';
import type { Runner } from '../process/exec.js';
import type { Reporter } from '../report/reporter.js';
import type { RegistryAccess } from '../targets/connect.js';
import { buildAndPublish } from './build-and-publish.js';
import { DEFAULT_RUNTIME_CLASS, parseYamlFile, rewriteFiles, WASMPACK_SCHEME, wasmpackReferences, type YamlFile } from './kubernetes-yaml.js';

export { DEFAULT_RUNTIME_CLASS } from './kubernetes-yaml.js';

/**
 * `wasmpack resolve -f FILE|DIR`, ko's way: every `wasmpack://PATH` image in Kubernetes YAML is
 * built (each project once, several at a time) and pushed, and the YAML comes back with each
 * replaced by REGISTRY/REPOSITORY@sha256:... . PATH is a project directory relative to `cwd`
 * (where wasmpack runs, as ko's import paths are relative to the working module), so the same
 * YAML resolves alike whichever file or folder it sits in.
 */
export interface ResolveRequest {
  /** Files or directories (their *.yaml / *.yml, sorted, not recursive, as kubectl -f DIR). */
  files: readonly string[];
  /** Push each project to REPO/<directory name>:latest; default: the project's own tags. */
  repo?: string;
  runtimeClass?: string;
  /** Projects built at once (default 2). */
  jobs?: number;
  cwd?: string;
}

export interface ResolvedImage {
  /** PATH as written after wasmpack://. */
  path: string;
  dir: string;
  /** The reference it was pushed to, and the digest-pinned reference the YAML now names. */
  pushedTo: string;
  pinned: string;
  digest: string;
}

export interface ResolveResult {
  yaml: string;
  images: ResolvedImage[];
}

export interface ResolveDeps {
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  runner?: Runner;
  access(): Promise<RegistryAccess>;
}

export async function resolveKubernetes(request: ResolveRequest, deps: ResolveDeps): Promise<ResolveResult> {
  const cwd = request.cwd ?? process.cwd();
  const files = await readYaml(request.files, cwd);
  const paths = wasmpackReferences(files);
  // Destinations are checked before anything is built.
  const projects = paths.map((path) => ({ path, dir: resolve(cwd, path), tags: request.repo ? [destinationFor(request.repo, resolve(cwd, path))] : undefined }));
  const byDir = new Map<string, typeof projects>();
  for (const p of projects) byDir.set(p.dir, [...(byDir.get(p.dir) ?? []), p]);
  const built = await pool([...byDir.keys()], request.jobs ?? 2, async (dir) => {
    const project = byDir.get(dir)![0]!;
    const result = await buildAndPublish(
      { dir, cwd, ...(project.tags ? { tags: project.tags } : {}), push: true },
      { reporter: deps.reporter, env: deps.env, ...(deps.signal ? { signal: deps.signal } : {}), ...(deps.runner ? { runner: deps.runner } : {}), access: deps.access },
    ).catch((err: unknown) => wrap(err, `building ${WASMPACK_SCHEME}${project.path}`));
    const pushed = result.pushed!;
    const reference = result.build.tags[0]!;
    return { dir, pushedTo: reference.toString(), pinned: `${reference.registry}/${reference.repository}@${pushed.digest}`, digest: pushed.digest };
  });
  const resolved = new Map<string, string>();
  const images: ResolvedImage[] = [];
  for (const b of built) {
    for (const p of byDir.get(b.dir)!) {
      resolved.set(p.path, b.pinned);
      images.push({ path: p.path, dir: b.dir, pushedTo: b.pushedTo, pinned: b.pinned, digest: b.digest });
    }
  }
  return { yaml: rewriteFiles(files, { resolved, runtimeClass: request.runtimeClass ?? DEFAULT_RUNTIME_CLASS }), images };
}

/** REPO/<the project directory's name, as a repository component>:latest. */
export function destinationFor(repo: string, dir: string): string {
  const name = basename(dir).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '') || 'app';
  const reference = `${repo.replace(/\/+$/, '')}/${name}:latest`;
  parseReference(reference);
  return reference;
}

async function readYaml(inputs: readonly string[], cwd: string): Promise<YamlFile[]> {
  if (inputs.length === 0) throw new WasmpackError('NO_YAML', 'no YAML to resolve', 'pass -f FILE or -f DIR (a directory of *.yaml files), e.g. wasmpack resolve -f k8s/');
  const files: YamlFile[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new WasmpackError('NO_YAML', `${input} does not exist`, 'pass -f FILE or -f DIR (a directory of *.yaml files)');
    const names = info.isDirectory()
      ? (await readdir(path)).filter((n) => ['.yaml', '.yml', '.json'].includes(extname(n))).sort().map((n) => join(path, n))
      : [path];
    if (names.length === 0) throw new WasmpackError('NO_YAML', `${input} has no *.yaml, *.yml or *.json files`, 'pass a directory of Kubernetes YAML, or the file itself');
    for (const name of names) files.push(parseYamlFile(name, await readFile(name, 'utf8')));
  }
  return files;
}

/** Runs `work` over `items`, at most `limit` at a time, results in the order of `items`. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
