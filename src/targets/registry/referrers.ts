import { canonicalJson } from '../../oci/canonical-json.js';
import type { Descriptor, ManifestNode } from '../../oci/content.js';
import { referrersFallbackTag } from '../../oci/aot-image.js';
import { MediaType } from '../../oci/media-types.js';
import type { RegistryClient } from './client.js';

interface ReferrerDocument {
  subject?: Descriptor;
  artifactType?: string;
  annotations?: Record<string, string>;
  config?: Descriptor;
}

/** The subject a manifest refers to, if it is a referrer. */
export function subjectOf(node: ManifestNode): Descriptor | undefined {
  try {
    return (JSON.parse(node.bytes.toString('utf8')) as ReferrerDocument).subject;
  } catch {
    return undefined;
  }
}

/**
 * After a referrer manifest is pushed to a registry that did not answer with OCI-Subject (no
 * referrers API), keep the spec's fallback: an index tagged sha256-<hex> of the subject listing
 * its referrers, merged with what is already there.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject
 */
export async function listInFallbackTag(client: RegistryClient, repository: string, referrer: ManifestNode, subject: Descriptor, scopes?: string[], putSignal?: AbortSignal): Promise<void> {
  const doc = JSON.parse(referrer.bytes.toString('utf8')) as ReferrerDocument;
  const tag = referrersFallbackTag(subject.digest);
  // Read with the push's own scopes: a pull-only scope would cost a second token.
  const existing = await client.findManifest(repository, tag, ...(scopes ? [scopes] : []));
  const index = existing ? (JSON.parse(existing.bytes.toString('utf8')) as { manifests?: Descriptor[] }) : {};
  const artifactType = doc.artifactType ?? doc.config?.mediaType;
  const entry: Descriptor = {
    mediaType: referrer.descriptor.mediaType,
    digest: referrer.descriptor.digest,
    size: referrer.descriptor.size,
    ...(artifactType ? { artifactType } : {}),
    ...(doc.annotations ? { annotations: doc.annotations } : {}),
  };
  const manifests = (index.manifests ?? []).filter((d) => d.digest !== entry.digest);
  manifests.push(entry);
  const bytes = canonicalJson({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests });
  await client.putManifest(repository, tag, bytes, MediaType.ociIndex, putSignal ? { signal: putSignal } : {});
}
