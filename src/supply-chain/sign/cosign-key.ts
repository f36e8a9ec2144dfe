/*
 * cosign's key files, read and written as cosign does, so keys move freely between the two tools
 * (and skopeo's --sign-by-sigstore-private-key). The private key is a PEM block
 * ENCRYPTED SIGSTORE PRIVATE KEY (older cosign: ENCRYPTED COSIGN PRIVATE KEY) holding JSON:
 *   {"kdf":{"name":"scrypt","params":{"N":32768,"r":8,"p":1},"salt":B64},
 *    "cipher":{"name":"nacl/secretbox","nonce":B64},"ciphertext":B64}
 * the plaintext being the PKCS#8 DER of an ECDSA P-256 key. The public key is a PEM PUBLIC KEY.
 * https://github.com/secure-systems-lab/go-securesystemslib/blob/master/encrypted/encrypted.go
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, scryptSync, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { registerSecret, WasmpackError } from '../../errors.js';

export const PRIVATE_KEY_PEM_TYPES = ['ENCRYPTED SIGSTORE PRIVATE KEY', 'ENCRYPTED COSIGN PRIVATE KEY'] as const;
const WRITTEN_PEM_TYPE = PRIVATE_KEY_PEM_TYPES[0];
const SCRYPT = { N: 32768, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 32;

interface EncryptedKeyDocument {
  kdf: { name: string; params: { N: number; r: number; p: number }; salt: string };
  cipher: { name: string; nonce: string };
  ciphertext: string;
}

export interface KeyPairFiles {
  /** The PEM text of PREFIX.key. */
  privatePem: string;
  /** The PEM text of PREFIX.pub. */
  publicPem: string;
}

/** A fresh ECDSA P-256 key pair in cosign's two files. */
export function generateCosignKeyPair(password: string): KeyPairFiles {
  registerSecret(password);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privatePem: encryptPrivateKey(privateKey, password), publicPem: publicKeyPem(publicKey) };
}

export function publicKeyPem(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  return pub.export({ type: 'spki', format: 'pem' }).toString();
}

/** PKCS#8 DER sealed with a key from scrypt(password) by XSalsa20-Poly1305 (nacl secretbox). */
export function encryptPrivateKey(key: KeyObject, password: string, salt = randomBytes(SALT_BYTES), nonce = randomBytes(nacl.secretbox.nonceLength)): string {
  const der = key.export({ type: 'pkcs8', format: 'der' });
  const sealed = nacl.secretbox(der, nonce, derive(password, salt, SCRYPT));
  const document: EncryptedKeyDocument = {
    kdf: { name: 'scrypt', params: { ...SCRYPT }, salt: salt.toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: Buffer.from(nonce).toString('base64') },
    ciphertext: Buffer.from(sealed).toString('base64'),
  };
  return pem(WRITTEN_PEM_TYPE, Buffer.from(JSON.stringify(document)));
}

/** The signing key in a cosign .key file; `source` names the file in errors. */
export function decryptPrivateKey(text: string, password: string, source: string): KeyObject {
  registerSecret(password);
  const block = pemBlock(text);
  if (!block) throw notAKey(source);
  if (block.type === 'PUBLIC KEY') {
    throw new WasmpackError('KEY_NOT_PRIVATE', `${source} is a public key; signing needs the private key`, 'pass the .key file of the pair (wasmpack key generate writes cosign.key beside cosign.pub)');
  }
  if (!(PRIVATE_KEY_PEM_TYPES as readonly string[]).includes(block.type)) {
    throw new WasmpackError('KEY_UNSUPPORTED', `${source} holds a PEM "${block.type}", not a cosign private key`, 'use a key from wasmpack key generate or cosign generate-key-pair (PEM "ENCRYPTED SIGSTORE PRIVATE KEY")');
  }
  let document: EncryptedKeyDocument;
  try {
    document = JSON.parse(block.bytes.toString('utf8')) as EncryptedKeyDocument;
  } catch {
    throw notAKey(source);
  }
  if (document?.kdf?.name !== 'scrypt' || document.cipher?.name !== 'nacl/secretbox' || typeof document.ciphertext !== 'string') {
    throw new WasmpackError('KEY_UNSUPPORTED', `${source} is encrypted with ${document?.kdf?.name ?? '?'}/${document?.cipher?.name ?? '?'}, not scrypt/nacl-secretbox`, 'use a key from wasmpack key generate or cosign generate-key-pair');
  }
  const { N, r, p } = document.kdf.params ?? {};
  if (!validScrypt(N, r, p)) throw notAKey(source);
  const opened = nacl.secretbox.open(Buffer.from(document.ciphertext, 'base64'), Buffer.from(document.cipher.nonce, 'base64'), derive(password, Buffer.from(document.kdf.salt, 'base64'), { N, r, p }));
  if (!opened) {
    throw new WasmpackError('KEY_PASSWORD', `wrong password for ${source}`, 'set COSIGN_PASSWORD (or pipe it with --password-stdin) to the password the key was made with');
  }
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: Buffer.from(opened), format: 'der', type: 'pkcs8' });
  } catch {
    throw notAKey(source);
  }
  assertP256(key, source);
  return key;
}

/** A verification key: a PEM PUBLIC KEY (cosign.pub). */
export function parsePublicKey(text: string, source: string): KeyObject {
  const block = pemBlock(text);
  if (!block) throw notAKey(source);
  if ((PRIVATE_KEY_PEM_TYPES as readonly string[]).includes(block.type) || block.type.includes('PRIVATE KEY')) {
    throw new WasmpackError('KEY_NOT_PUBLIC', `${source} is a private key; verifying needs the public key`, 'pass the .pub file of the pair (cosign.pub); the private key should stay with whoever signs');
  }
  if (block.type !== 'PUBLIC KEY') throw notAKey(source);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: block.bytes, format: 'der', type: 'spki' });
  } catch {
    throw notAKey(source);
  }
  assertP256(key, source);
  return key;
}

function validScrypt(N: unknown, r: unknown, p: unknown): N is number {
  return Number.isInteger(N) && Number.isInteger(r) && Number.isInteger(p) && (N as number) > 1 && (N as number) <= 1 << 20 && (r as number) > 0 && (r as number) <= 32 && (p as number) > 0 && (p as number) <= 16;
}

function derive(password: string, salt: Buffer, params: { N: number; r: number; p: number }): Uint8Array {
  // scrypt needs 128 * N * r bytes (32 MiB for cosign's parameters), node's default cap.
  return scryptSync(Buffer.from(password, 'utf8'), salt, KEY_BYTES, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}

function assertP256(key: KeyObject, source: string): void {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new WasmpackError('KEY_UNSUPPORTED', `${source} is a ${key.asymmetricKeyType} key; wasmpack signs and verifies with ECDSA P-256 (cosign's default)`, 'make a key pair with wasmpack key generate or cosign generate-key-pair');
  }
}

function notAKey(source: string): WasmpackError {
  return new WasmpackError('KEY_INVALID', `${source} is not a key file (no PEM key block wasmpack can read)`, 'pass a key from wasmpack key generate or cosign generate-key-pair: cosign.key to sign, cosign.pub to verify');
}

function pem(type: string, bytes: Buffer): string {
  const lines = bytes.toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${type}-----\n${lines.join('\n')}\n-----END ${type}-----\n`;
}

function pemBlock(text: string): { type: string; bytes: Buffer } | undefined {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return undefined;
  const body = m[2]!.split(/\r?\n/).filter((line) => !line.includes(':')).join('');
  if (!/^[A-Za-z0-9+/=\s]*$/.test(body)) return undefined;
  return { type: m[1]!, bytes: Buffer.from(body, 'base64') };
}
