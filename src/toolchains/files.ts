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
