import { resolve } from 'node:path';
import type { CredentialStore } from '../auth/credentials.js';
import { parseReference, type Reference } from '../oci/reference.js';
import { DockerArchiveTarget, OciArchiveTarget } from './archive.js';
import { LayoutTarget } from './layout.js';
import { RegistryTarget } from './registry/index.js';
import type { Target } from './target.js';
import { parseTransport, type TransportSpec } from './transport-spec.js';

export interface RegistryAccess {
  credentials: CredentialStore;
  /** false: HTTPS without certificate checks, and plain HTTP allowed (podman's --tls-verify=false). */
  tlsVerify?: boolean;
  certDir?: string;
  /** Registries (host[:port]) that may be reached over plain HTTP. */
  insecureRegistries?: string[];
  signal?: AbortSignal;
}

export interface OpenedTarget {
  target: Target;
  tags: string[];
  /** How results are printed: the reference (registry) or the transport spec. */
  display: string;
  /** The parsed reference, for registry destinations. */
  reference?: Reference;
}

export interface Destination {
  spec: TransportSpec;
  /** The tags to write there. */
  tags: string[];
  /** How results are printed: the reference (registry) or the transport spec. */
  display: string;
  /** The parsed reference, for registry destinations. */
  reference?: Reference;
}

/**
 * What a destination text means, without opening anything. `defaultReference` is what a
 * docker-archive is tagged with when the destination names no reference of its own.
 */
export function describeDestination(destination: string, defaultReference: string): Destination {
  const spec = parseTransport(destination);
  switch (spec.transport) {
    case 'oci':
    case 'oci-archive':
      return { spec, tags: spec.tag ? [spec.tag] : [], display: destination };
    case 'docker-archive':
      return { spec, tags: [spec.reference ?? defaultReference], display: destination };
    case 'registry': {
      const reference = parseReference(spec.reference);
      // A digest-only destination stores the manifest by digest and tags nothing.
      const tags = reference.digest && !reference.tag ? [] : [reference.tag ?? 'latest'];
      return { spec, tags, display: reference.toString(), reference };
    }
  }
}

/**
 * Destination text -> a Target and the tags to write there (ko's publishers, one interface):
 * a registry reference, oci:DIR[:TAG], oci-archive:FILE[:TAG] or docker-archive:FILE[:REF].
 */
export function openTarget(destination: string, access: RegistryAccess, options: { defaultReference: string; mountFrom?: string }): OpenedTarget {
  const described = describeDestination(destination, options.defaultReference);
  const { spec, tags, display, reference } = described;
  switch (spec.transport) {
    case 'oci':
      return { target: new LayoutTarget(resolve(spec.dir)), tags, display };
    case 'oci-archive':
      return { target: new OciArchiveTarget(resolve(spec.file), spec.tag), tags, display };
    case 'docker-archive':
      return { target: new DockerArchiveTarget(resolve(spec.file), tags), tags, display };
    case 'registry': {
      const ref = reference!;
      const insecure = access.tlsVerify === false || (access.insecureRegistries ?? []).includes(ref.registry);
      const target = new RegistryTarget({
        registry: ref.apiHost,
        repository: ref.repository,
        credentials: access.credentials,
        insecure,
        ...(access.tlsVerify === false ? { tlsVerify: false } : {}),
        ...(access.certDir ? { certDir: access.certDir } : {}),
        ...(options.mountFrom && options.mountFrom !== ref.repository ? { mountFrom: options.mountFrom } : {}),
        ...(access.signal ? { signal: access.signal } : {}),
      });
      return { target, tags, display, reference: ref };
    }
  }
}
