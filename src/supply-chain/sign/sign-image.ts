/*
 * Signing an image that is already stored (in a registry or a layout): a simple-signing signature
 * under the `.sig` tag (what cosign 2 and 3 and podman/CRI-O policies read), and each attached
 * document (SBOM, provenance) as a DSSE-signed in-toto statement in a Sigstore bundle referrer
 * (what cosign verify-attestation, gh attestation verify and policy-controller read).
 */
import { packageVersion } from '../../package-info.js';
import { canonicalJson } from '../../oci/canonical-json.js';
import type { Descriptor } from '../../oci/content.js';
import { WasmpackError } from '../../errors.js';
import {
  bundleReferrer,
  keyBundle,
  signatureLayer,
  signatureManifest,
  signatureTag,
  simpleSigningPayload,
  SigningAnnotation,
  SigningMediaType,
  statement,
  type SigstoreBundle,
} from './formats.js';
import { signEnvelope, type Signer } from './signer.js';
import type { AttachmentStore } from './store.js';

/** A document to attest (the SBOM and provenance builders hand these over). */
export interface Attachment {
  artifactType: string;
  mediaType: string;
  bytes: Buffer;
  predicateType: string;
}

/** How a statement becomes a bundle: a key signs here; keyless signing (sigstore-js) brings its own. */
export type BundleSigner = (payloadType: string, payload: Buffer) => Promise<SigstoreBundle>;

export function keyBundleSigner(signer: Signer): BundleSigner {
  return async (payloadType, payload) => keyBundle(signEnvelope(signer, payloadType, payload), signer.keyHint);
}

export interface AttestationWritten {
  predicateType: string;
  /** The referrer manifest carrying the bundle. */
  digest: string;
}

export interface SignResult {
  /** Where: "localhost:5000/app". */
  store: string;
  /** The image signed. */
  subject: Descriptor;
  /** The `.sig` manifest now under the signature tag (undefined when only attestations were written). */
  signature?: { tag: string; digest: string; signatures: number };
  attestations: AttestationWritten[];
}

/** Writes the bundles first and the `.sig` tag last, so a signature never names attestations that did not land. */
export async function signStoredImage(store: AttachmentStore, options: { signer?: Signer; bundleSigner: BundleSigner; attachments?: readonly Attachment[]; subject?: Descriptor }): Promise<SignResult> {
  const subject = options.subject ?? (await store.image());
  const attestations: AttestationWritten[] = [];
  for (const attachment of options.attachments ?? []) {
    attestations.push(await attest(store, subject, attachment, options.bundleSigner));
  }
  const result: SignResult = { store: store.name, subject, attestations };
  if (options.signer) result.signature = await addSignature(store, subject, options.signer);
  return result;
}

export async function attest(store: AttachmentStore, subject: Descriptor, attachment: Attachment, bundleSigner: BundleSigner): Promise<AttestationWritten> {
  let predicate: unknown;
  try {
    predicate = JSON.parse(attachment.bytes.toString('utf8'));
  } catch {
    throw new WasmpackError('ATTEST_NOT_JSON', `the ${attachment.predicateType} document is not JSON, so it cannot be an in-toto predicate`, 'attest JSON documents (SPDX JSON, CycloneDX JSON, SLSA provenance)');
  }
  const payload = statement(store.identity, subject.digest, attachment.predicateType, predicate);
  const bundle = await bundleSigner(SigningMediaType.inToto, payload);
  const node = bundleReferrer(canonicalJson(bundle), subject, attachment.predicateType, bundle.dsseEnvelope ? 'dsse-envelope' : 'message-signature');
  await store.write(node);
  return { predicateType: attachment.predicateType, digest: node.descriptor.digest };
}

/** Appends one signature layer to the `.sig` manifest (creating it when there is none). */
export async function addSignature(store: AttachmentStore, subject: Descriptor, signer: Signer): Promise<{ tag: string; digest: string; signatures: number }> {
  const payload = simpleSigningPayload({ dockerReference: store.identity, digest: subject.digest }, { creator: `wasmpack ${packageVersion()}` });
  const layer = signatureLayer(payload, { [SigningAnnotation.signature]: signer.sign(payload).toString('base64') });
  const tag = signatureTag(subject.digest);
  const existing = await store.findManifest(tag);
  const layers = existing ? existingLayers(existing.bytes, store.name, tag) : [];
  const { node } = signatureManifest(layers, [layer]);
  await store.write(node, tag);
  return { tag, digest: node.descriptor.digest, signatures: layers.length + 1 };
}

function existingLayers(bytes: Buffer, where: string, tag: string): Descriptor[] {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { layers?: Descriptor[] };
    if (Array.isArray(doc.layers)) return doc.layers;
  } catch {
    // fall through
  }
  throw new WasmpackError('SIGNATURE_TAG_INVALID', `${where}:${tag} holds something that is not a signature manifest`, 'wasmpack appends to cosign signature manifests only; delete or rename that tag if it is not a signature');
}
