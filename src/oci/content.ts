import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { canonicalJson } from './canonical-json.js';
import { sha256 } from './digest.js';

// https://github.com/opencontainers/image-spec/blob/main/descriptor.md
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  'os.version'?: string;
  'os.features'?: string[];
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: Platform;
  artifactType?: string;
}

/** Bytes [start, end) of a blob. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * A piece of content addressed by its descriptor. `open` is re-openable (a file opener, not a
 * consumed stream) so retries and 401 replays can send it again and large modules stream with
 * bounded memory. With a range it returns exactly those bytes: a resumed chunked upload reads the
 * rest of a file without re-reading what the registry already has.
 */
export interface Blob {
  readonly descriptor: Descriptor;
  open(range?: ByteRange): Readable;
}

/** A manifest or index: its exact bytes, and the content it references (children first). */
export interface ManifestNode extends Blob {
  readonly bytes: Buffer;
  readonly children: ReadonlyArray<Blob | ManifestNode>;
}

export function isManifestNode(content: Blob | ManifestNode): content is ManifestNode {
  return 'children' in content;
}

export function bytesBlob(mediaType: string, bytes: Buffer, annotations?: Record<string, string>): Blob & { bytes: Buffer } {
  const descriptor: Descriptor = { mediaType, digest: sha256(bytes), size: bytes.length };
  if (annotations && Object.keys(annotations).length > 0) descriptor.annotations = annotations;
  return { descriptor, bytes, open: (range) => Readable.from([range ? bytes.subarray(range.start, range.end) : bytes]) };
}

export function fileBlob(descriptor: Descriptor, path: string): Blob {
  // createReadStream's end is inclusive; an empty range must not read the whole file.
  return { descriptor, open: (range) => (!range ? createReadStream(path) : range.end > range.start ? createReadStream(path, { start: range.start, end: range.end - 1 }) : Readable.from([])) };
}

export function jsonBlob(mediaType: string, document: unknown): Blob & { bytes: Buffer } {
  return bytesBlob(mediaType, canonicalJson(document));
}

/** Builds a manifest node from a document and the blobs it references. */
export function manifestNode(mediaType: string, document: unknown, children: ReadonlyArray<Blob | ManifestNode>): ManifestNode {
  const blob = jsonBlob(mediaType, document);
  return { ...blob, children };
}

/** Every distinct piece of content below (and including) root, children before parents. */
export function walk(root: ManifestNode): Array<Blob | ManifestNode> {
  const seen = new Set<string>();
  const order: Array<Blob | ManifestNode> = [];
  const visit = (node: Blob | ManifestNode): void => {
    if (seen.has(node.descriptor.digest)) return;
    seen.add(node.descriptor.digest);
    if (isManifestNode(node)) node.children.forEach(visit);
    order.push(node);
  };
  visit(root);
  return order;
}
