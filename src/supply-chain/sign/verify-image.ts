/*
 * Checks every signature and attestation stored beside an image against the image's digest:
 * simple-signing layers under the `.sig` tag (what cosign 2 and `wasmpack sign` write) and
 * Sigstore bundles among the referrers (cosign 3's signatures, every attestation). Nothing is
 * trusted unless the trusted key (or a certificate for the trusted identity) signed it AND it
 * names this very digest.
 */
import type { KeyObject } from 'node:crypto';
import { WasmpackError } from '../../errors.js';
import type { Descriptor } from '../../oci/content.js';
import { shortDigest } from '../../oci/digest.js';
import { parseSimpleSigningPayload, parseStatement, PredicateType, signatureTag, SigningAnnotation, SigningMediaType, type SigstoreBundle } from './formats.js';
import { keyHint, verifyEnvelope, verifySignature } from './signer.js';
import type { AttachmentStore } from './store.js';

/** Who may have signed: a public key, or a certificate identity checked by a certificate verifier. */
export type TrustPolicy =
  | { kind: 'key'; key: KeyObject; source: string }
  | { kind: 'identity'; identity?: string; identityRegExp?: string; issuer: string; verifier: CertificateVerifier };

/** Checks a certificate-signed bundle (chain, transparency log, identity); returns the signer or why not. */
export interface CertificateVerifier {
  verifyBundle(bundle: SigstoreBundle, policy: { identity?: string; identityRegExp?: string; issuer: string }): Promise<{ ok: true; signer: string } | { ok: false; reason: string }>;
}

export type SbomFormat = 'spdx' | 'cyclonedx';

export interface VerifiedItem {
  kind: 'signature' | 'attestation';
  format: 'simple-signing' | 'sigstore-bundle';
  /** The manifest (or signature layer) it came from. */
  digest: string;
  signer: string;
  predicateType?: string;
  sbomFormat?: SbomFormat;
}

export interface RejectedItem {
  kind: 'signature' | 'attestation';
  digest: string;
  reason: string;
}

export interface VerifyResult {
  store: string;
  subject: Descriptor;
  verified: VerifiedItem[];
  rejected: RejectedItem[];
}

export async function verifyStoredImage(store: AttachmentStore, policy: TrustPolicy, subject?: Descriptor): Promise<VerifyResult> {
  const image = subject ?? (await store.image());
  const result: VerifyResult = { store: store.name, subject: image, verified: [], rejected: [] };
  await checkSimpleSignatures(store, image, policy, result);
  await checkBundles(store, image, policy, result);
  return result;
}

/** The verdict: at least one item verified, and nothing signed by the trusted signer names another digest. */
export function assertVerified(result: VerifyResult, policy: TrustPolicy): void {
  const where = `${result.store}@${shortDigest(result.subject.digest)}`;
  const mismatch = result.rejected.find((r) => r.reason.startsWith('names '));
  if (mismatch) {
    throw new WasmpackError('VERIFY_DIGEST_MISMATCH', `${where}: a ${mismatch.kind} signed by ${signerText(policy)} ${mismatch.reason}`, 'someone copied a signature of another image onto this one; do not run it, and re-sign the image you mean to trust');
  }
  if (result.verified.length > 0) return;
  if (result.rejected.length === 0) {
    throw new WasmpackError('VERIFY_UNSIGNED', `${where} has no signatures or attestations`, 'sign it with wasmpack sign IMAGE --key cosign.key (or build --push --sign-key), or check that you named the right image');
  }
  const reasons = [...new Set(result.rejected.map((r) => r.reason))].join('; ');
  throw new WasmpackError('VERIFY_FAILED', `${where}: no signature verifies with ${signerText(policy)} (${result.rejected.length} checked: ${reasons})`, policy.kind === 'key' ? 'pass the public key of whoever signed it (--key cosign.pub); a signature layer that was edited never verifies' : 'check --certificate-identity/--certificate-oidc-issuer against the workflow that signed it');
}

function signerText(policy: TrustPolicy): string {
  return policy.kind === 'key' ? `the key ${policy.source}` : `identity ${policy.identity ?? policy.identityRegExp} (issuer ${policy.issuer})`;
}

async function checkSimpleSignatures(store: AttachmentStore, image: Descriptor, policy: TrustPolicy, result: VerifyResult): Promise<void> {
  const manifest = await store.findManifest(signatureTag(image.digest));
  if (!manifest) return;
  let layers: Descriptor[] = [];
  try {
    layers = (JSON.parse(manifest.bytes.toString('utf8')) as { layers?: Descriptor[] }).layers ?? [];
  } catch {
    result.rejected.push({ kind: 'signature', digest: manifest.descriptor.digest, reason: 'the signature manifest is not JSON' });
    return;
  }
  for (const layer of layers) {
    const reject = (reason: string) => result.rejected.push({ kind: 'signature', digest: layer.digest, reason });
    if (layer.mediaType !== SigningMediaType.simpleSigning) continue;
    const signature = layer.annotations?.[SigningAnnotation.signature];
    if (!signature) {
      reject('a signature layer without a signature');
      continue;
    }
    if (policy.kind !== 'key') {
      // Keyless simple signatures need their Rekor bundle checked; bundles carry that themselves.
      reject('a certificate-signed .sig layer (verify keyless images through their Sigstore bundles)');
      continue;
    }
    const payload = await store.readBlob(layer).catch(() => undefined);
    if (!payload) {
      reject('its payload blob is missing');
      continue;
    }
    if (!verifySignature(policy.key, payload, signature)) {
      reject('the signature does not match this key (another signer, or an edited layer)');
      continue;
    }
    const claim = parseSimpleSigningPayload(payload);
    if (!claim) reject('the signed payload is not a simple-signing claim');
    else if (claim.digest !== image.digest) reject(`names ${claim.digest}, not this image`);
    else result.verified.push({ kind: 'signature', format: 'simple-signing', digest: layer.digest, signer: `key ${keyHint(policy.key)}` });
  }
}

async function checkBundles(store: AttachmentStore, image: Descriptor, policy: TrustPolicy, result: VerifyResult): Promise<void> {
  for (const entry of await store.referrers(image.digest)) {
    const manifest = await store.findManifest(entry.digest);
    if (!manifest) continue;
    let doc: { artifactType?: string; layers?: Descriptor[]; subject?: Descriptor; annotations?: Record<string, string> };
    try {
      doc = JSON.parse(manifest.bytes.toString('utf8'));
    } catch {
      continue;
    }
    const layer = doc.layers?.[0];
    // cosign lists its referrers in the fallback index with the config's type: read the manifest itself.
    if (doc.artifactType !== SigningMediaType.bundle && layer?.mediaType !== SigningMediaType.bundle) continue;
    const kind = doc.annotations?.[SigningAnnotation.bundlePredicateType] === PredicateType.cosignSign ? 'signature' : 'attestation';
    const reject = (reason: string) => result.rejected.push({ kind, digest: entry.digest, reason });
    if (doc.subject?.digest !== image.digest) {
      reject(`names ${doc.subject?.digest ?? 'no subject'}, not this image`);
      continue;
    }
    if (!layer) {
      reject('a bundle referrer without a bundle layer');
      continue;
    }
    let bundle: SigstoreBundle;
    try {
      bundle = JSON.parse((await store.readBlob(layer)).toString('utf8')) as SigstoreBundle;
    } catch {
      reject('its bundle is missing or not JSON');
      continue;
    }
    const envelope = bundle.dsseEnvelope;
    if (!envelope) {
      reject('a message-signature bundle (wasmpack checks DSSE bundles, which cosign and actions/attest write for images)');
      continue;
    }
    let signer: string;
    if (policy.kind === 'key') {
      if (!verifyEnvelope(policy.key, envelope)) {
        reject('the bundle signature does not match this key (another signer, or an edited bundle)');
        continue;
      }
      signer = `key ${keyHint(policy.key)}`;
    } else {
      const checked = await policy.verifier.verifyBundle(bundle, policy);
      if (!checked.ok) {
        reject(checked.reason);
        continue;
      }
      signer = checked.signer;
    }
    const statement = parseStatement(Buffer.from(envelope.payload, 'base64'));
    if (!statement) {
      reject('the signed payload is not an in-toto statement');
      continue;
    }
    const hex = image.digest.slice('sha256:'.length);
    if (!statement.subject.some((s) => s.digest?.sha256 === hex)) {
      reject(`names ${statement.subject.map((s) => `sha256:${s.digest?.sha256}`).join(', ')}, not this image`);
      continue;
    }
    const item: VerifiedItem = { kind: statement.predicateType === PredicateType.cosignSign ? 'signature' : 'attestation', format: 'sigstore-bundle', digest: entry.digest, signer, predicateType: statement.predicateType };
    const sbom = sbomFormat(statement.predicateType);
    if (sbom) item.sbomFormat = sbom;
    result.verified.push(item);
  }
}

function sbomFormat(predicateType: string): SbomFormat | undefined {
  if (predicateType === PredicateType.spdx || predicateType.startsWith('https://spdx.dev/')) return 'spdx';
  if (predicateType === PredicateType.cyclonedx || predicateType.startsWith('https://cyclonedx.org/')) return 'cyclonedx';
  return undefined;
}
