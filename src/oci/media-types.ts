// Every media type and annotation key we write or read, named once.
// https://github.com/opencontainers/image-spec/blob/main/media-types.md

export const MediaType = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayerTar: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  ociLayerZstd: 'application/vnd.oci.image.layer.v1.tar+zstd',
  ociEmpty: 'application/vnd.oci.empty.v1+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
  dockerLayerTar: 'application/vnd.docker.image.rootfs.diff.tar',
  // CNCF TAG-Runtime Wasm OCI artifact
  wasmConfig: 'application/vnd.wasm.config.v0+json',
  wasmLayer: 'application/wasm',
  wasmComponentLayer: 'application/vnd.bytecodealliance.wasm.component.layer.v0+wasm',
  // legacy formats worth recognising when reading
  wasmToOciConfig: 'application/vnd.wasm.config.v1+json',
  wasmToOciLayer: 'application/vnd.wasm.content.layer.v1+wasm',
  spinConfig: 'application/vnd.fermyon.spin.application.v1+config',
  // WAMR ahead-of-time code (our own: no existing tool publishes it)
  wamrAot: 'application/vnd.wasmpack.wamr.aot.v1',
  wamrAotArtifact: 'application/vnd.wasmpack.wamr.aot.v1+json',
} as const;

/** Manifest media types we accept when fetching, most preferred first. */
export const MANIFEST_ACCEPT = [
  MediaType.ociIndex,
  MediaType.ociManifest,
  MediaType.dockerManifestList,
  MediaType.dockerManifest,
] as const;

export const Annotation = {
  variant: 'module.wasm.image/variant',
  created: 'org.opencontainers.image.created',
  title: 'org.opencontainers.image.title',
  version: 'org.opencontainers.image.version',
  licenses: 'org.opencontainers.image.licenses',
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  description: 'org.opencontainers.image.description',
  authors: 'org.opencontainers.image.authors',
  url: 'org.opencontainers.image.url',
  refName: 'org.opencontainers.image.ref.name',
  // where the portable module came from / what an AOT image was built from
  wasmDigest: 'dev.wasmpack.wasm.digest',
  /** The wasm-opt run that shaped the module ("wasm-opt version 108 -O2"), when one ran. */
  wasmOpt: 'dev.wasmpack.wasm-opt',
} as const;

export type Compression = 'gzip' | 'zstd' | 'none';

export function layerMediaType(compression: Compression): string {
  switch (compression) {
    case 'gzip':
      return MediaType.ociLayerGzip;
    case 'zstd':
      return MediaType.ociLayerZstd;
    case 'none':
      return MediaType.ociLayerTar;
  }
}

export function isManifestType(mediaType: string): boolean {
  return (MANIFEST_ACCEPT as readonly string[]).includes(mediaType);
}

export function isIndexType(mediaType: string): boolean {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerManifestList;
}
