/*
 * The documents cosign, podman and the Sigstore verifiers read, as pure data (no I/O, no keys):
 * - simple signing: cosign's SIGNATURE_SPEC.md (payload + `.sig` tag manifest)
 * - in-toto Statement v1 in a DSSE envelope: https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md,
 *   https://github.com/secure-systems-lab/dsse/blob/master/protocol.md
 * - Sigstore bundle v0.3 and its OCI referrer: https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md
 */
import { canonicalJson } from '../../oci/canonical-json.js';
import { bytesBlob, manifestNode, type Blob, type Descriptor, type ManifestNode } from '../../oci/content.js';
import { digestHex } from '../../oci/digest.js';
import { MediaType } from '../../oci/media-types.js';

export const SigningMediaType = {
  simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
  bundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  inToto: 'application/vnd.in-toto+json',
} as const;

export const SigningAnnotation = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  rekorBundle: 'dev.sigstore.cosign/bundle',
  bundleContent: 'dev.sigstore.bundle.content',
  bundlePredicateType: 'dev.sigstore.bundle.predicateType',
} as const;

export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
/** cosign 2 still writes v0.1 statements; verifiers read both. */
export const STATEMENT_TYPES = [STATEMENT_V1, 'https://in-toto.io/Statement/v0.1'] as const;

export const PredicateType = {
  spdx: 'https://spdx.dev/Document',
  cyclonedx: 'https://cyclonedx.org/bom',
  slsaProvenance1: 'https://slsa.dev/provenance/v1',
  cosignSign: 'https://sigstore.dev/cosign/sign/v1',
} as const;

/** The `.sig` tag cosign and containers/image look up for an image digest. */
export function signatureTag(digest: string): string {
  return `sha256-${digestHex(digest)}.sig`;
}

// --- simple signing ------------------------------------------------------------------------------

export interface SimpleSigningClaim {
  /** REGISTRY/REPO, as cosign writes it (no tag, no digest). */
  dockerReference: string;
  digest: string;
}

/** The exact bytes signed. `optional` holds informational fields nobody enforces. */
export function simpleSigningPayload(claim: SimpleSigningClaim, optional: Record<string, string> = {}): Buffer {
  return canonicalJson({
    critical: { identity: { 'docker-reference': claim.dockerReference }, image: { 'docker-manifest-digest': claim.digest }, type: SIMPLE_SIGNING_TYPE },
    optional,
  });
}

/** The claim in a payload, or undefined when it is not a simple-signing payload. */
export function parseSimpleSigningPayload(bytes: Buffer): SimpleSigningClaim | undefined {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { critical?: { identity?: { 'docker-reference'?: unknown }; image?: { 'docker-manifest-digest'?: unknown }; type?: unknown } };
    const digest = doc.critical?.image?.['docker-manifest-digest'];
    const reference = doc.critical?.identity?.['docker-reference'];
    if (typeof digest !== 'string' || typeof doc.critical?.type !== 'string') return undefined;
    return { dockerReference: typeof reference === 'string' ? reference : '', digest };
  } catch {
    return undefined;
  }
}

/** One signature layer: the payload as a blob, its signature (and keyless material) as annotations. */
export function signatureLayer(payload: Buffer, annotations: Record<string, string>): Blob & { bytes: Buffer } {
  return bytesBlob(SigningMediaType.simpleSigning, payload, annotations);
}

/**
 * The `.sig` manifest: every layer already there, then the new ones (never replacing: a second
 * signer appends). The config lists the layers as an image config does (cosign writes the same),
 * so image tools read it as an ordinary image.
 */
export function signatureManifest(existing: readonly Descriptor[], added: ReadonlyArray<Blob & { bytes: Buffer }>): { node: ManifestNode; config: Blob } {
  const fresh = added.filter((layer) => !existing.some((d) => sameSignatureLayer(d, layer.descriptor)));
  const layers = [...existing, ...fresh.map((l) => l.descriptor)];
  const config = bytesBlob(
    MediaType.ociConfig,
    canonicalJson({ architecture: '', config: {}, created: '0001-01-01T00:00:00Z', history: [{ created: '0001-01-01T00:00:00Z' }], os: '', rootfs: { diff_ids: layers.map((l) => l.digest), type: 'layers' } }),
  );
  const node = manifestNode(MediaType.ociManifest, { schemaVersion: 2, mediaType: MediaType.ociManifest, config: config.descriptor, layers }, [config, ...fresh]);
  return { node, config };
}

function sameSignatureLayer(a: Descriptor, b: Descriptor): boolean {
  return a.digest === b.digest && a.annotations?.[SigningAnnotation.signature] === b.annotations?.[SigningAnnotation.signature];
}

// --- in-toto and DSSE ----------------------------------------------------------------------------

export interface Statement {
  _type: string;
  subject: Array<{ name?: string; digest: Record<string, string> }>;
  predicateType: string;
  predicate: unknown;
}

export function statement(subjectName: string, digest: string, predicateType: string, predicate: unknown): Buffer {
  return canonicalJson({ _type: STATEMENT_V1, predicate, predicateType, subject: [{ digest: { sha256: digestHex(digest) }, name: subjectName }] });
}

export function parseStatement(bytes: Buffer): Statement | undefined {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as Statement;
    if (!(STATEMENT_TYPES as readonly string[]).includes(doc._type) || !Array.isArray(doc.subject) || typeof doc.predicateType !== 'string') return undefined;
    return doc;
  } catch {
    return undefined;
  }
}

/** DSSE's pre-authentication encoding: what is really signed. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  return Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `, 'utf8'), type, Buffer.from(` ${payload.length} `, 'utf8'), payload]);
}

export interface DsseEnvelope {
  payload: string;
  payloadType: string;
  signatures: Array<{ sig: string; keyid?: string }>;
}

// --- Sigstore bundle v0.3 ------------------------------------------------------------------------

export interface SigstoreBundle {
  mediaType: string;
  verificationMaterial: {
    publicKey?: { hint?: string };
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: Array<{ rawBytes: string }> };
    tlogEntries?: unknown[];
    timestampVerificationData?: unknown;
  };
  dsseEnvelope?: DsseEnvelope;
  messageSignature?: { messageDigest: { algorithm: string; digest: string }; signature: string };
}

/** A key-signed bundle names its key by hint only (base64 SHA-256 of the PKIX DER), as cosign does. */
export function keyBundle(envelope: DsseEnvelope, keyHint: string): SigstoreBundle {
  return { mediaType: SigningMediaType.bundle, verificationMaterial: { publicKey: { hint: keyHint } }, dsseEnvelope: envelope };
}

/**
 * The referrer that carries a bundle: empty config, one layer, subject the image. No creation
 * time: the same bundle gives the same manifest.
 */
export function bundleReferrer(bundleBytes: Buffer, subject: Descriptor, predicateType: string, content: 'dsse-envelope' | 'message-signature' = 'dsse-envelope'): ManifestNode {
  const layer = bytesBlob(SigningMediaType.bundle, bundleBytes);
  const config = bytesBlob(MediaType.ociEmpty, Buffer.from('{}'));
  return manifestNode(
    MediaType.ociManifest,
    {
      schemaVersion: 2,
      mediaType: MediaType.ociManifest,
      artifactType: SigningMediaType.bundle,
      config: config.descriptor,
      layers: [layer.descriptor],
      subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
      annotations: { [SigningAnnotation.bundleContent]: content, [SigningAnnotation.bundlePredicateType]: predicateType },
    },
    [config, layer],
  );
}
