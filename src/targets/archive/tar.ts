import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';

export type TarEntry =
  | { name: string; type: 'directory' }
  | { name: string; type: 'file'; source: string }
  | { name: string; type: 'file'; bytes: Buffer };

const EPOCH = new Date(0);

/**
 * Writes a tar whose bytes depend only on the entries: sorted by name, mtime 0, uid/gid 0, no
 * user/group names, 0644 files and 0755 directories.
 */
export async function writeDeterministicTar(entries: readonly TarEntry[], dest: string): Promise<void> {
  const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pack = tar.pack();
  const done = pipeline(pack, createWriteStream(dest));
  try {
    for (const entry of sorted) {
      const common = { name: entry.name, mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
      if (entry.type === 'directory') {
        await addBytes(pack, { ...common, type: 'directory', mode: 0o755 }, Buffer.alloc(0));
      } else if ('bytes' in entry) {
        await addBytes(pack, { ...common, type: 'file', mode: 0o644, size: entry.bytes.length }, entry.bytes);
      } else {
        const { size } = await stat(entry.source);
        await pipeline(createReadStream(entry.source), pack.entry({ ...common, type: 'file', mode: 0o644, size }));
      }
    }
    pack.finalize();
    await done;
  } catch (err) {
    pack.destroy(err as Error);
    await done.catch(() => undefined);
    throw err;
  }
}

function addBytes(pack: tar.Pack, header: Partial<tar.Header> & { name: string }, bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    pack.entry(header, bytes, (err) => (err ? reject(err) : resolve()));
  });
}

/** Every directory and file below `root`, as tar entries with '/'-separated relative names. */
export async function treeEntries(root: string): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const visit = async (dir: string): Promise<void> => {
    for (const dirent of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, dirent.name);
      const name = relative(root, path).split(sep).join('/');
      if (dirent.isDirectory()) {
        entries.push({ name, type: 'directory' });
        await visit(path);
      } else if (dirent.isFile()) {
        entries.push({ name, type: 'file', source: path });
      }
    }
  };
  await visit(root);
  return entries;
}

