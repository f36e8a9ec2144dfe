import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { WasmpackError } from '../../errors.js';
import { READ_CHUNK } from '../files.js';

/*
 * Where each file of a tar sits, found by reading its headers only: an archive source then reads
 * a blob straight from the tar (a positioned read) instead of unpacking the archive into memory or
 * a temp directory. Only regular files are listed; names are only looked up, never written to
 * disk, so links and odd paths cannot lead anywhere.
 * https://pubs.opengroup.org/onlinepubs/9699919799/utilities/pax.html#tag_20_92_13_06
 */

const BLOCK = 512;
const MAX_ENTRIES = 100_000;

export interface TarEntryPlace {
  /** Where the entry's data starts in the file. */
  offset: number;
  size: number;
}

export class TarIndex {
  private constructor(
    readonly file: string,
    private readonly entries: Map<string, TarEntryPlace>,
  ) {}

  /** Reads the headers of `file`; NO_LAYOUT when it is not a readable tar. */
  static async read(file: string, what: string): Promise<TarIndex> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch {
      throw new WasmpackError('NO_LAYOUT', `${file} is not a readable file`, `name ${what} written by wasmpack, skopeo or docker save`);
    }
    try {
      return new TarIndex(file, await scan(handle, file));
    } finally {
      await handle.close();
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  place(name: string): TarEntryPlace | undefined {
    return this.entries.get(name);
  }

  /** The entry's bytes as a stream read from the file. */
  open(name: string): Readable {
    const at = this.entries.get(name)!;
    if (at.size === 0) return Readable.from([]);
    return createReadStream(this.file, { start: at.offset, end: at.offset + at.size - 1, highWaterMark: READ_CHUNK });
  }

  /** A small entry (index.json, manifest.json, a manifest) into memory, at most `cap` bytes. */
  async read(name: string, cap: number): Promise<Buffer> {
    const at = this.entries.get(name);
    if (!at) throw new WasmpackError('NO_LAYOUT', `${this.file} has no ${name}`, 'the archive is incomplete or not of the kind its transport names');
    if (at.size > cap) throw new WasmpackError('PULL_TOO_BIG', `${this.file}: ${name} is ${at.size} bytes, over the ${cap} byte cap`, 'this is not an archive wasmpack reads');
    const handle = await open(this.file, 'r');
    try {
      const bytes = Buffer.alloc(at.size);
      await handle.read(bytes, 0, at.size, at.offset);
      return bytes;
    } finally {
      await handle.close();
    }
  }
}

async function scan(handle: FileHandle, file: string): Promise<Map<string, TarEntryPlace>> {
  const entries = new Map<string, TarEntryPlace>();
  const header = Buffer.alloc(BLOCK);
  let offset = 0;
  let longName: string | undefined;
  for (let count = 0; ; count++) {
    if (count > MAX_ENTRIES) throw new WasmpackError('PULL_TOO_BIG', `${file} has more than ${MAX_ENTRIES} entries`, 'this is not an archive wasmpack reads');
    const { bytesRead } = await handle.read(header, 0, BLOCK, offset);
    if (bytesRead === 0 || header.every((b) => b === 0)) break;
    if (bytesRead < BLOCK || !checksumOk(header)) throw new WasmpackError('NO_LAYOUT', `${file} is not a tar archive (bad header at byte ${offset})`, 'name an archive written by wasmpack, skopeo or docker save');
    const size = octal(header.subarray(124, 136));
    const type = String.fromCharCode(header[156]!);
    const data = offset + BLOCK;
    if (type === 'x' || type === 'L') {
      const body = Buffer.alloc(Math.min(size, 1024 * 1024));
      await handle.read(body, 0, body.length, data);
      longName = type === 'L' ? cString(body) : (paxPath(body.toString('latin1')) ?? longName);
    } else {
      const name = longName ?? headerName(header);
      longName = undefined;
      if (type === '0' || type === '\0') entries.set(name.replace(/^(\.\/)+/, ''), { offset: data, size });
    }
    offset = data + Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}

function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const ustar = header.subarray(257, 262).toString('latin1') === 'ustar';
  const prefix = ustar ? cString(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end === -1 ? bytes.length : end).toString('utf8');
}

/** Octal, or base-256 (GNU) when the high bit of the first byte is set. */
function octal(field: Buffer): number {
  if (field[0]! & 0x80) {
    let value = field[0]! & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return value;
  }
  const text = cString(field).trim();
  return text ? parseInt(text, 8) : 0;
}

function checksumOk(header: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : header[i]!;
  return sum === octal(header.subarray(148, 156));
}

/** The `path` record of a PAX extended header ("<len> path=<value>\n" records). */
function paxPath(text: string): string | undefined {
  let at = 0;
  let path: string | undefined;
  while (at < text.length) {
    const space = text.indexOf(' ', at);
    const length = parseInt(text.slice(at, space), 10);
    if (!(length > 0) || space < 0) break;
    const record = text.slice(space + 1, at + length - 1);
    const eq = record.indexOf('=');
    // Lengths count bytes: the text was decoded byte for byte (latin1), the value is UTF-8.
    if (record.slice(0, eq) === 'path') path = Buffer.from(record.slice(eq + 1), 'latin1').toString('utf8');
    at += length;
  }
  return path;
}
