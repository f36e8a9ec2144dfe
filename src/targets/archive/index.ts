
/*
 * Two archive targets: an OCI layout in a tar (skopeo's oci-archive:) and the `docker save` format
 * (docker-archive:, read by `docker load`, `podman load`, skopeo). Both stage content in a temp
 * directory next to the file and write the archive only at commit, to `<file>.tmp-*` and then by
 * rename: a reader never sees a half-written archive and a failed copy leaves nothing behind.
 */

export { OciArchiveTarget } from './oci-archive.js';
export { DockerArchiveTarget, dockerArchiveRunNote, normalizeRepoTag, type DockerArchiveManifestEntry } from './docker-archive.js';
export { writeDeterministicTar, type TarEntry } from './tar.js';
