import { access, constants, stat } from 'node:fs/promises';

/**
 * The file-system questions a driver asks while looking for a toolchain. Injectable so unit
 * tests can describe a machine layout (Debian's, wasi-sdk's) without installing it.
 */
export interface FileProbe {
  /** True when the path exists (file or directory). */
  exists(path: string): Promise<boolean>;
  /** True when the path is a directory. */
  isDirectory(path: string): Promise<boolean>;
}

export const realFiles: FileProbe = {
  exists: (path) => access(path, constants.F_OK).then(() => true, () => false),
  isDirectory: (path) => stat(path).then((s) => s.isDirectory(), () => false),
};

/**
 * The module's name inside the image (/<name>.wasm) and in the default tag: lower case and only
 * [a-z0-9._-], because it ends up in file names and OCI repository paths.
 */
export function moduleName(raw: string): string {
  const cleaned = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  return cleaned || 'app';
}
