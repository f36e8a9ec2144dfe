import { bytesBlob, manifestNode, type Descriptor, type ManifestNode } from '../oci/content.js';
import { imageManifest, isoTime } from '../oci/image.js';
import { Annotation, MediaType } from '../oci/media-types.js';
import type { Attachment } from './documents.js';

// An attachment as an OCI 1.1 artifact manifest that refers to the image (its subject): found
// through the referrers API or the sha256-<hex> fallback tag, never inside the image, so the
// image's digest and its single-manifest shape stay what they were.
// https://github.com/opencontainers/image-spec/blob/main/manifest.md#guidelines-for-artifact-usage

/** The empty descriptor's content: the two bytes `{}`. */
export const EMPTY_CONFIG = bytesBlob(MediaType.ociEmpty, Buffer.from('{}'));

export interface ReferrerOptions {
  /** The image (its manifest descriptor) the attachment is about. */
  subject: Descriptor;
  /** The image clock (seconds): org.opencontainers.image.created, so the referrer is reproducible too. */
  timestamp: number;
  /** The layer's file name (org.opencontainers.image.title), e.g. "app.spdx.json". */
  title: string;
  annotations?: Record<string, string>;
}

export function attachmentReferrer(attachment: Attachment, options: ReferrerOptions): ManifestNode {
  const layer = bytesBlob(attachment.mediaType, attachment.bytes, { [Annotation.title]: options.title });
  const subject: Descriptor = { mediaType: options.subject.mediaType, digest: options.subject.digest, size: options.subject.size };
  const annotations = { [Annotation.created]: isoTime(options.timestamp), ...options.annotations };
  const document = imageManifest(EMPTY_CONFIG.descriptor, [layer.descriptor], annotations, { artifactType: attachment.artifactType, subject });
  return manifestNode(MediaType.ociManifest, document, [EMPTY_CONFIG, layer]);
}
