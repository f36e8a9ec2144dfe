import type { ManifestNode, Platform } from '../oci/content.js';
import { MediaType } from '../oci/media-types.js';

/**
 * A Kubernetes node's containerd (CRI) filters an index by its own platform and refuses one with
 * no linux/* entry ("no match for platform in manifest"), while a single manifest is not
 * platform-checked: so a wasi/wasm-only index under a tag cannot run on Kubernetes. Returns the
 * warning for such an image, undefined for anything else.
 */
export function kubernetesIndexWarning(image: ManifestNode, reference: string): string | undefined {
  const mediaType = image.descriptor.mediaType;
  if (mediaType !== MediaType.ociIndex && mediaType !== MediaType.dockerManifestList) return undefined;
  let platforms: Array<Platform | undefined>;
  try {
    platforms = ((JSON.parse(image.bytes.toString('utf8')) as { manifests?: Array<{ platform?: Platform }> }).manifests ?? []).map((m) => m.platform);
  } catch {
    return undefined;
  }
  if (platforms.some((p) => p?.os === 'linux')) return undefined;
  const listed = [...new Set(platforms.map((p) => (p ? `${p.os}/${p.architecture}` : 'no platform')))].join(', ') || 'no entries';
  return (
    `${reference} is an image index with no linux/* entry (${listed}): a Kubernetes node's containerd refuses it ` +
    '("no match for platform in manifest"). For Kubernetes push the wasi/wasm image manifest itself: ' +
    '`skopeo copy --override-os wasi --override-arch wasm oci:DIR:TAG docker://REF` copies that entry alone, ' +
    'and `wasmpack build --push` pushes a single manifest'
  );
}
