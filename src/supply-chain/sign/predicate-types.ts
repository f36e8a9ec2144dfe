import { WasmpackError } from '../../errors.js';
import { PredicateType } from './formats.js';

/** cosign's --type names, and what each document is stored as. */
const KNOWN: Record<string, { predicateType: string; mediaType: string }> = {
  spdx: { predicateType: PredicateType.spdx, mediaType: 'application/spdx+json' },
  spdxjson: { predicateType: PredicateType.spdx, mediaType: 'application/spdx+json' },
  cyclonedx: { predicateType: PredicateType.cyclonedx, mediaType: 'application/vnd.cyclonedx+json' },
  slsaprovenance1: { predicateType: PredicateType.slsaProvenance1, mediaType: 'application/vnd.in-toto+json' },
};

export const PREDICATE_TYPE_NAMES = Object.keys(KNOWN);

/** A cosign --type name or a predicate type URI -> the predicate type and the document's media type. */
export function predicateTypeFor(name: string): { predicateType: string; mediaType: string } {
  const known = KNOWN[name.toLowerCase()];
  if (known) return known;
  if (/^https?:\/\//.test(name)) return { predicateType: name, mediaType: 'application/json' };
  throw new WasmpackError('ATTEST_TYPE', `unknown attestation type "${name}"`, `use one of ${PREDICATE_TYPE_NAMES.join(', ')}, or a predicate type URI`);
}
