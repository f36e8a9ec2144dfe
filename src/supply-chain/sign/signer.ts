/*
 * Signing and checking bytes with an ECDSA P-256 key, as cosign does: SHA-256, ASN.1 DER
 * signatures, base64 in documents. DSSE envelopes sign the pre-authentication encoding.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { preAuthEncoding, type DsseEnvelope } from './formats.js';

export interface Signer {
  /** The DER signature over `bytes` (SHA-256). */
  sign(bytes: Buffer): Buffer;
  /** base64 SHA-256 of the public key's PKIX DER: the hint cosign puts in key-signed bundles. */
  readonly keyHint: string;
}

export function keySigner(privateKey: KeyObject): Signer {
  return { sign: (bytes) => sign('sha256', bytes, privateKey), keyHint: keyHint(createPublicKey(privateKey)) };
}

export function keyHint(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64');
}

/** false for a signature that is not valid base64 DER, or does not match. */
export function verifySignature(publicKey: KeyObject, bytes: Buffer, signatureBase64: string): boolean {
  try {
    return verify('sha256', bytes, publicKey, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

export function signEnvelope(signer: Signer, payloadType: string, payload: Buffer): DsseEnvelope {
  // cosign leaves keyid empty in key-signed bundles; the bundle's hint names the key.
  return { payload: payload.toString('base64'), payloadType, signatures: [{ sig: signer.sign(preAuthEncoding(payloadType, payload)).toString('base64'), keyid: '' }] };
}

/** True when any of the envelope's signatures is the key's over its PAE. */
export function verifyEnvelope(publicKey: KeyObject, envelope: DsseEnvelope): boolean {
  const pae = preAuthEncoding(envelope.payloadType, Buffer.from(envelope.payload, 'base64'));
  return envelope.signatures.some((s) => verifySignature(publicKey, pae, s.sig));
}
