import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { WasmpackError } from '../errors.js';

/** Endings of the files `run`, `pull` and `inspect` read; a registry repository rarely ends so. */
const FILE_ENDINGS = /\.(wasm|wat|aot|tar|tgz|tar\.gz)$/i;

/**
 * True when what the user typed reads as a path on this machine rather than an image reference:
 * it starts with `/`, `./`, `../` or `~`, or ends like a module or archive file and its first
 * component is no registry host (`build/app.wasm`, `app.wasm`; not `ghcr.io/acme/app.wasm`).
 */
export function looksLikeFile(typed: string): boolean {
  if (/^(\/|\.\.?\/|~)/.test(typed)) return true;
  if (/^[a-z][a-z-]*:/i.test(typed) && !/^[^/]+:\d+\//.test(typed) && !/^localhost:/.test(typed)) return false; // oci:, docker://
  if (!FILE_ENDINGS.test(typed)) return false;
  const slash = typed.indexOf('/');
  if (slash < 0) return true;
  const first = typed.slice(0, slash);
  return !(first.includes('.') || first.includes(':') || first === 'localhost');
}

/**
 * `wasmpack run nothing.wasm` must say the file does not exist, not that `nothing.wasm` is a
 * registry without a repository: a path-like argument that names nothing on disk stops here.
 */
export async function assertLocalFileExists(typed: string, command: string, cwd: string = process.cwd()): Promise<void> {
  if (!looksLikeFile(typed)) return;
  const path = resolve(cwd, typed.replace(/^~(?=\/|$)/, process.env.HOME ?? '~'));
  if (await stat(path).then(() => true, () => false)) return;
  throw new WasmpackError(
    'FILE_NOT_FOUND',
    `${typed} does not exist (${path})`,
    `check the path; to ${command} an image from a registry, name it host/repository[:tag], e.g. localhost:5000/app:1.0`,
  );
}
