import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Blob, ByteRange, Content, Descriptor, Opener } from '../oci/content.js';
import { sha256Stream } from '../oci/digest.js';
import type { LayerFile, LayerSink } from '../oci/layer.js';

/*
 * The file side of src/oci's openers and sinks: src/oci describes content and never touches the
 * file system (go-containerregistry's LayerFromOpener); these make openers over files and scratch
 * files for the pipeline and the targets.
 */

/** 1 MiB reads: fewer syscalls and stream hops than the 64 KiB default, still flat memory. */
export const READ_CHUNK = 1 << 20;

export function fileOpener(path: string): Opener {
  return () => createReadStream(path, { highWaterMark: READ_CHUNK });
}

/** Bytes [start, end) of a file, read from `start` (createReadStream's end is inclusive). */
export function fileRange(path: string): NonNullable<Blob['openRange']> {
  return (range: ByteRange) => (range.end > range.start ? createReadStream(path, { start: range.start, end: range.end - 1, highWaterMark: READ_CHUNK }) : Readable.from([]));
}

/** A described blob whose bytes are the file at `path` (which a same-filesystem target may link). */
export function fileBlob(descriptor: Descriptor, path: string): Blob {
  return { descriptor, open: fileOpener(path), openRange: fileRange(path), location: path };
}

/** A file's bytes with their size (for tar framing); the digest is left to whoever reads them. */
export async function fileContent(path: string): Promise<Content & { size: number }> {
  const { size } = await stat(path);
  return { open: fileOpener(path), size };
}

/** A file on disk as a layer entry at `path` inside the image. */
export async function layerFile(path: string, file: string, mode?: number): Promise<LayerFile> {
  const { size, open } = await fileContent(file);
  return { path, size, open, ...(mode !== undefined ? { mode } : {}) };
}

/** A scratch file for a layer: written once by writeLayer, read back by the blob it returns. */
export function scratchSink(path: string): LayerSink {
  return { create: () => createWriteStream(path), open: fileOpener(path), openRange: fileRange(path), location: path };
}

/** Digest and size of a file, read once in READ_CHUNK pieces. */
export function sha256File(path: string): Promise<{ digest: string; size: number }> {
  return sha256Stream(fileOpener(path)());
}
