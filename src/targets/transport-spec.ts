import { WasmpackError } from '../errors.js';
import { TAG_PATTERN, parseReference, type Reference } from '../oci/reference.js';

/**
 * Where an image goes or comes from, in skopeo's transport syntax
 * (https://github.com/containers/image/blob/main/docs/containers-transports.5.md), limited to the
 * transports wasmpack implements, plus a bare image reference meaning a registry.
 */
export type TransportSpec =
  | { transport: 'oci'; dir: string; tag?: string }
  | { transport: 'oci-archive'; file: string; tag?: string }
  | { transport: 'docker-archive'; file: string; reference?: string }
  /** `docker://REF` or a bare reference: a registry; the reference is parsed here, once. */
  | { transport: 'registry'; reference: Reference };

export const SUPPORTED_TRANSPORTS = ['oci:DIR[:TAG]', 'oci-archive:FILE[:TAG]', 'docker-archive:FILE[:REF]', 'docker://REF', 'REGISTRY/REPO[:TAG] (a plain reference)'] as const;

/** skopeo transports we recognise but do not implement: named in the error rather than read as a reference. */
const FOREIGN_TRANSPORTS = new Set(['dir', 'containers-storage', 'docker-daemon', 'ostree', 'sif', 'tarball', 'atomic']);

// A transport name is a lowercase word; a registry host with a port ("localhost:5000/x") and an
// image name with a tag ("app:v1") also have a word before the first ':', so those are ruled out
// by what follows the colon.
const PREFIX_RE = /^([a-z][a-z0-9-]*):(.*)$/s;
const PORT_RE = /^\d+(\/|$)/;

/**
 * Parses `oci:DIR[:TAG]`, `oci-archive:FILE[:TAG]`, `docker-archive:FILE[:REF]`, `docker://REF`,
 * else treats the text as an image reference. As in skopeo, the path ends at the first ':' after
 * the transport (paths containing ':' are not supported).
 */
export function parseTransport(spec: string): TransportSpec {
  const match = PREFIX_RE.exec(spec);
  if (!match) return { transport: 'registry', reference: parseReference(spec) };
  const [, prefix, rest] = match as unknown as [string, string, string];
  switch (prefix) {
    case 'oci': {
      const [dir, tag] = splitFirst(rest, spec, 'DIR');
      return tag ? { transport: 'oci', dir, tag } : { transport: 'oci', dir };
    }
    case 'oci-archive': {
      const [file, tag] = splitFirst(rest, spec, 'FILE');
      return tag ? { transport: 'oci-archive', file, tag } : { transport: 'oci-archive', file };
    }
    case 'docker-archive': {
      const [file, reference] = splitFirst(rest, spec, 'FILE');
      return reference ? { transport: 'docker-archive', file, reference } : { transport: 'docker-archive', file };
    }
    case 'docker': {
      if (!rest.startsWith('//') || rest.length === 2) {
        throw new WasmpackError('BAD_TRANSPORT_SPEC', `"${spec}" is not a docker transport reference`, 'write docker://REGISTRY/REPO[:TAG], or just REGISTRY/REPO[:TAG]');
      }
      return { transport: 'registry', reference: parseReference(rest.slice(2)) };
    }
  }
  if (!FOREIGN_TRANSPORTS.has(prefix) && (PORT_RE.test(rest) || TAG_PATTERN.test(rest))) {
    return { transport: 'registry', reference: parseReference(spec) };
  }
  throw new WasmpackError(
    'UNKNOWN_TRANSPORT',
    `"${prefix}:" in "${spec}" is not a transport wasmpack supports`,
    `use one of: ${SUPPORTED_TRANSPORTS.join(', ')}`,
  );
}

function splitFirst(rest: string, spec: string, what: string): [string, string | undefined] {
  const colon = rest.indexOf(':');
  const path = colon < 0 ? rest : rest.slice(0, colon);
  const suffix = colon < 0 ? undefined : rest.slice(colon + 1);
  if (!path) throw new WasmpackError('BAD_TRANSPORT_SPEC', `"${spec}" names no ${what}`, `write ${spec.slice(0, spec.length - rest.length)}${what}[:TAG]`);
  return [path, suffix || undefined];
}

/** How a destination is named in messages and results: the canonical reference, or the spec as written. */
export function transportName(spec: TransportSpec): string {
  switch (spec.transport) {
    case 'registry':
      return spec.reference.toString();
    case 'oci':
      return `oci:${spec.dir}${spec.tag ? `:${spec.tag}` : ''}`;
    case 'oci-archive':
      return `oci-archive:${spec.file}${spec.tag ? `:${spec.tag}` : ''}`;
    case 'docker-archive':
      return `docker-archive:${spec.file}${spec.reference ? `:${spec.reference}` : ''}`;
  }
}
