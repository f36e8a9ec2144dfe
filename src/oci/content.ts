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

/** Opens the bytes anew on each call (go-containerregistry's Opener): a file, a range list, a buffer. */
export type Opener = () => Readable;

/** Bytes [start, end) of a blob. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * A piece of content addressed by its descriptor. `open` is re-openable (an opener, not a
 * consumed stream) so retries and 401 replays can send it again and large modules stream with
 * bounded memory. Where the bytes live is the caller's business: src/oci never touches files
 * (src/targets/files.ts makes file openers).
 */
export interface Blob {
  readonly descriptor: Descriptor;
  open(): Readable;
  /**
   * A file that holds exactly these bytes and that wasmpack owns (a scratch file, a layout blob),
   * when there is one: a target on the same file system may hard-link it instead of copying.
   * Never set for a user's file, which could change after the link.
   */
  readonly location?: string;
  /**
   * True when this process wrote `location` itself and computed the digest from the bytes as
   * they went into it (writeLayer through a scratch sink): the same check a target makes when it
   * hashes while writing, so a link needs no second read. Otherwise a linked file is hashed again.
   */
  readonly hashedAsWritten?: boolean;
  /**
   * Exactly bytes [start, end), read from where they start (a file seeks); a blob without it is
   * read from the beginning and sliced (see openBytes). A resumed chunked upload asks for this.
   */
  openRange?(range: ByteRange): Readable;
}

/** Bytes not yet described: an opener, with digest and size when the caller knows them already. */
export interface Content {
  open: Opener;
  digest?: string;
  size?: number;
  /** Passed on to the blob (see Blob). */
  location?: string;
  hashedAsWritten?: boolean;
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
  return { descriptor, bytes, open: () => Readable.from([bytes]), openRange: (range) => Readable.from([bytes.subarray(range.start, range.end)]) };
}

/** A blob over bytes that live elsewhere (a file, a range list), described already. */
export function openerBlob(descriptor: Descriptor, open: Opener, where: Pick<Blob, 'location' | 'hashedAsWritten'> = {}): Blob {
  return { descriptor, open, ...(where.location ? { location: where.location, hashedAsWritten: where.hashedAsWritten === true } : {}) };
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

/** Bytes [start, end) of a blob: natively where it can seek, else its stream with the rest skipped. */
export function openBytes(blob: Blob, range: ByteRange): Readable {
  if (range.start === 0 && range.end === blob.descriptor.size) return blob.open();
  if (blob.openRange) return blob.openRange(range);
  return Readable.from(sliceStream(blob.open(), range));
}

async function* sliceStream(source: Readable, range: ByteRange): AsyncGenerator<Buffer> {
  let at = 0;
  try {
    for await (const chunk of source) {
      const buf = chunk as Buffer;
      const from = Math.max(range.start - at, 0);
      const to = Math.min(range.end - at, buf.length);
      at += buf.length;
      if (to > from) yield buf.subarray(from, to);
      if (at >= range.end) return;
    }
  } finally {
    source.destroy();
  }
}
