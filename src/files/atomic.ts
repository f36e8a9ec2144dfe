import { randomBytes } from 'node:crypto';
import { chmod, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/*
 * The one way wasmpack replaces a file: write a temp file beside it, then rename it over the
 * target. rename(2) within a directory is atomic, so a reader (or a Ctrl-C) sees the old file or
 * the new one, never half of one, and a failed write leaves nothing behind.
 */

/** A temp name in the target's own directory (rename cannot cross file systems). */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Runs `write(temp)`, then renames temp over `path`; on any failure the temp file is removed and
 * the error rethrown. For streamed writes (a pipeline into createWriteStream(temp)).
 */
export async function replaceFile<T>(path: string, write: (temp: string) => Promise<T>, options: { mode?: number } = {}): Promise<T> {
  const temp = tempPathFor(path);
  try {
    const result = await write(temp);
    // chmod as well as open's mode: the umask must not narrow a mode the caller asked for.
    if (options.mode !== undefined) await chmod(temp, options.mode);
    await rename(temp, path);
    return result;
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export interface AtomicWriteOptions {
  /** File mode of the new file (default 0o644 less the umask). */
  mode?: number;
  /** fsync before the rename: for files whose loss after a crash matters (credentials). */
  sync?: boolean;
}

/** `path` holds `data` afterwards, or is as it was. */
export async function writeFileAtomic(path: string, data: Buffer | string, options: AtomicWriteOptions = {}): Promise<void> {
  await replaceFile(
    path,
    async (temp) => {
      const handle = await open(temp, 'wx', options.mode ?? 0o644);
      try {
        await handle.writeFile(data);
        if (options.sync) await handle.sync();
      } finally {
        await handle.close();
      }
    },
    options.mode !== undefined ? { mode: options.mode } : {},
  );
}
