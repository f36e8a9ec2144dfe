import { resolve } from 'node:path';
import { DockerArchiveTarget, OciArchiveTarget } from './archive/index.js';
import { LayoutTarget } from './layout.js';
import type { Target } from './target.js';
import type { TransportSpec } from './transport-spec.js';

/** A destination on this machine (OCI layout, oci-archive, docker-archive). */
export type LocalSpec = Exclude<TransportSpec, { transport: 'registry' }>;

/**
 * A local destination -> its Target. Apart from connect.ts on purpose: a build with `-o oci:DIR`
 * must not load the registry client and its HTTP stack (http, tls) to write files.
 * `repoTags` names a docker-archive's images.
 */
export function openLocalTarget(spec: LocalSpec, repoTags: readonly string[] = []): Target {
  switch (spec.transport) {
    case 'oci':
      return new LayoutTarget(resolve(spec.dir));
    case 'oci-archive':
      return new OciArchiveTarget(resolve(spec.file), spec.tag);
    case 'docker-archive':
      return new DockerArchiveTarget(resolve(spec.file), repoTags);
  }
}
