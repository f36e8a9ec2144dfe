import type { ByteRange } from '../oci/content.js';
export type { ByteRange };
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  ByteReader,
  CUSTOM_SECTION_ID,
  HEADER_SIZE,
  checkVersion,
  emptyInfo,
  payloadNeeded,
  readHeader,
  readSectionInfo,
  truncatedSection,
  type WasmInfo,
  type WasmSection,
} from './binary.js';

/**
 * The section walk of src/wasm/binary.ts over a file, with positioned reads: only the section
 * headers, custom section names and the import/export payloads are read. Code, data and custom
 * section payloads are never loaded, so a 256 MiB module costs a few kilobytes of memory here.
 * The result is the same WasmInfo (and the same errors, at the same file offsets) as inspectWasm
 * on the whole file.
 */
export interface ModuleScan extends WasmInfo {
  /** The file's size in bytes. */
  size: number;
  /** The whole file, when it fit in the first read (HEAD_READ): small modules are read once. */
  bytes?: Buffer;
}

/**
 * The first read: a small module (most are under 64 KiB stripped) is then walked in memory with
 * one read in all; a larger one has its first sections here and the rest read where they are.
 */
const HEAD_READ = 64 * 1024;
/** id byte + u32 LEB128 size. */
const SECTION_HEADER_MAX = 6;
/** Custom section names are short; a longer one costs a second read. */
const NAME_READ = 256;

export async function scanModuleFile(path: string, what = path): Promise<ModuleScan> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = await readAt(file, 0, Math.min(size, HEAD_READ));
    // Served from the first read when it covers [position, position + length), read otherwise.
    const bytesAt = (position: number, length: number): Promise<Buffer> | Buffer =>
      position + length <= head.length ? head.subarray(position, position + length) : readAt(file, position, length);
    const header = readHeader(head, what);
    checkVersion(header);
    const sections: WasmSection[] = [];
    let pos = HEADER_SIZE;
    while (pos < size) {
      const window = await bytesAt(pos, Math.min(size - pos, SECTION_HEADER_MAX));
      const reader = new ByteReader(window, 0, window.length, pos);
      const id = reader.byte();
      const length = reader.u32();
      const payloadStart = reader.offset;
      if (payloadStart + length > size) throw truncatedSection(id, length, size - payloadStart, pos);
      const section: WasmSection = { id, start: pos, payloadStart, end: payloadStart + length };
      if (id === CUSTOM_SECTION_ID) section.customName = await readCustomName(bytesAt, section);
      sections.push(section);
      pos = section.end;
    }
    const info = emptyInfo(header, sections);
    for (const section of sections) {
      const needed = payloadNeeded(header.kind, section.id);
      const payload = needed ? await bytesAt(section.payloadStart, section.end - section.payloadStart) : Buffer.alloc(0);
      readSectionInfo(info, section, new ByteReader(payload, 0, payload.length, section.payloadStart));
    }
    return { ...info, size, ...(head.length === size ? { bytes: head } : {}) };
  } finally {
    await file.close();
  }
}

async function readCustomName(bytesAt: (position: number, length: number) => Promise<Buffer> | Buffer, section: WasmSection): Promise<string> {
  const payloadSize = section.end - section.payloadStart;
  let bytes = await bytesAt(section.payloadStart, Math.min(payloadSize, NAME_READ));
  const lengthReader = new ByteReader(bytes, 0, bytes.length, section.payloadStart);
  const nameLength = lengthReader.u32();
  const needed = lengthReader.pos + nameLength;
  if (needed > bytes.length && needed <= payloadSize) bytes = await bytesAt(section.payloadStart, needed);
  // The reader's end is the section's end, as in readSections: a name longer than its section
  // fails the same way; the bytes read always cover a name that fits.
  return new ByteReader(bytes, 0, payloadSize, section.payloadStart).name();
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await file.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === length ? buffer : buffer.subarray(0, filled);
}


/** Reads the given ranges of a file into one buffer, in order: for small modules only (V8 validation). */
export async function readRanges(path: string, ranges: readonly ByteRange[]): Promise<Buffer> {
  const total = ranges.reduce((n, r) => n + (r.end - r.start), 0);
  const out = Buffer.alloc(total);
  const file = await open(path, 'r');
  try {
    let at = 0;
    for (const range of ranges) {
      const bytes = await readAt(file, range.start, range.end - range.start);
      if (bytes.length !== range.end - range.start) throw new Error(`${path} changed while it was read (short read at ${range.start})`);
      bytes.copy(out, at);
      at += bytes.length;
    }
  } finally {
    await file.close();
  }
  return out;
}

/** Merges touching ranges: fewer reads, same bytes. */
export function coalesce(ranges: readonly ByteRange[]): ByteRange[] {
  const out: ByteRange[] = [];
  for (const range of ranges) {
    const last = out[out.length - 1];
    if (last && last.end === range.start) last.end = range.end;
    else out.push({ ...range });
  }
  return out;
}

/**
 * The given ranges of a file as one stream, read in chunks: a stripped module without a stripped
 * copy. Each call opens the file anew, so it serves as a re-openable blob opener.
 */
export function streamRanges(path: string, ranges: readonly ByteRange[]): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (const range of ranges) {
      if (range.end === range.start) continue;
      // 1 MiB reads: fewer syscalls and stream hops than the 64 KiB default, still flat memory.
      yield* createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
