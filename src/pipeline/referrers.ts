import { canonicalJson } from '../oci/canonical-json.js';
import type { Descriptor, ManifestNode } from '../oci/content.js';
import { MediaType } from '../oci/media-types.js';
import { referrersFallbackTag } from '../oci/aot-image.js';
import type { RegistryTarget } from '../targets/registry/index.js';

/**
 * After a referrer manifest (one with `subject`) is pushed: a registry with the referrers API
 * says so with OCI-Subject; otherwise keep the spec's fallback, an index tagged sha256-<hex> of
 * the subject listing its referrers.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject
 */
export async function recordReferrer(target: RegistryTarget, repository: string, referrer: ManifestNode): Promise<'api' | 'fallback-tag'> {
  const put = target.manifestResults.get(referrer.descriptor.digest);
  if (put?.subject) return 'api';
  const doc = JSON.parse(referrer.bytes.toString('utf8')) as { subject?: Descriptor; artifactType?: string; annotations?: Record<string, string>; config?: Descriptor };
  if (!doc.subject) return 'api';
  const tag = referrersFallbackTag(doc.subject.digest);
  const existing = await target.client.findManifest(repository, tag);
  const index = existing ? (JSON.parse(existing.bytes.toString('utf8')) as { manifests?: Descriptor[] }) : {};
  const entry: Descriptor = {
    mediaType: referrer.descriptor.mediaType,
    digest: referrer.descriptor.digest,
    size: referrer.descriptor.size,
    ...(doc.artifactType ?? doc.config?.mediaType ? { artifactType: doc.artifactType ?? doc.config!.mediaType } : {}),
    ...(doc.annotations ? { annotations: doc.annotations } : {}),
  };
  const manifests = (index.manifests ?? []).filter((d) => d.digest !== entry.digest);
  manifests.push(entry);
  const bytes = canonicalJson({ schemaVersion: 2, mediaType: MediaType.ociIndex, manifests });
  await target.client.putManifest(repository, tag, bytes, MediaType.ociIndex);
  return 'fallback-tag';
}
