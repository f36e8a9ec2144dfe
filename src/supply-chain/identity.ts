import { createHash } from 'node:crypto';
import { canonicalJson } from '../oci/canonical-json.js';

// Names a document must carry that are usually random (SPDX's namespace, CycloneDX's serial
// number, provenance's invocation id): here they are derived from the document's own content,
// so the same build gives the same bytes and a different build a different name.

/** Lowercase hex sha256 of the canonical JSON of `value`. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** An RFC 9562 version 8 (custom) UUID built from the first 16 bytes of a content hash. */
export function contentUuid(hexHash: string): string {
  const b = Buffer.from(hexHash.slice(0, 32), 'hex');
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Seconds since the epoch -> RFC 3339 UTC without fractions (what both SBOM schemas accept). */
export function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * A license as an SPDX expression, or undefined when it is not one: Cargo's old "MIT/Apache-2.0"
 * becomes "MIT OR Apache-2.0"; anything with other characters is left out rather than guessed.
 */
export function licenseExpression(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const expr = text.trim().replace(/\s*\/\s*/g, ' OR ');
  return /^[A-Za-z0-9.+\-: ()]+$/.test(expr) && /[A-Za-z0-9]/.test(expr) ? expr : undefined;
}
