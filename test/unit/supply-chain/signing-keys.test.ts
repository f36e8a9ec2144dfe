// cosign's key format, both ways, without cosign (the e2e tests check against the real one):
// round trip, the fixed scrypt parameters, and each way a key file can be wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { decryptPrivateKey, encryptPrivateKey, generateCosignKeyPair, parsePublicKey, publicKeyPem } from '../../../src/supply-chain/sign/cosign-key.js';
import { keyHint, keySigner, signEnvelope, verifyEnvelope, verifySignature } from '../../../src/supply-chain/sign/signer.js';
import { redact, WasmpackError } from '../../../src/errors.js';

const code = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof WasmpackError, String(err));
    assert.ok(err.hint, `${err.code} has a hint`);
    return err.code;
  }
  return 'no error';
};

test('a generated pair opens with its password, in cosign\'s PEM and JSON layout', () => {
  const pair = generateCosignKeyPair('correct horse');
  assert.match(pair.privatePem, /^-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n$/);
  const body = Buffer.from(pair.privatePem.split('\n').slice(1, -2).join(''), 'base64');
  const doc = JSON.parse(body.toString('utf8'));
  assert.deepEqual(doc.kdf.params, { N: 32768, r: 8, p: 1 });
  assert.equal(doc.kdf.name, 'scrypt');
  assert.equal(doc.cipher.name, 'nacl/secretbox');
  assert.equal(Buffer.from(doc.cipher.nonce, 'base64').length, 24);
  const key = decryptPrivateKey(pair.privatePem, 'correct horse', 'cosign.key');
  assert.equal(publicKeyPem(key), pair.publicPem);
  assert.equal(publicKeyPem(parsePublicKey(pair.publicPem, 'cosign.pub')), pair.publicPem);
});

test('the older ENCRYPTED COSIGN PRIVATE KEY block reads the same', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = encryptPrivateKey(privateKey, 'pw-old-format').replace(/SIGSTORE/g, 'COSIGN');
  assert.equal(publicKeyPem(decryptPrivateKey(pem, 'pw-old-format', 'old.key')), publicKeyPem(privateKey));
});

test('wrong password, not a key, a public key to sign, a private key to verify, another curve: each a coded error', () => {
  const pair = generateCosignKeyPair('right-password');
  assert.equal(code(() => decryptPrivateKey(pair.privatePem, 'wrong-password', 'cosign.key')), 'KEY_PASSWORD');
  assert.equal(code(() => decryptPrivateKey('hello\n', 'x', 'notes.txt')), 'KEY_INVALID');
  assert.equal(code(() => decryptPrivateKey(pair.publicPem, 'x', 'cosign.pub')), 'KEY_NOT_PRIVATE');
  assert.equal(code(() => parsePublicKey(pair.privatePem, 'cosign.key')), 'KEY_NOT_PUBLIC');
  const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
  assert.equal(code(() => parsePublicKey(rsa, 'rsa.pub')), 'KEY_UNSUPPORTED');
  const garbled = pair.privatePem.replace(/\n[A-Za-z0-9+/]{8}/, '\n!!!!!!!!');
  assert.equal(code(() => decryptPrivateKey(garbled, 'right-password', 'cosign.key')), 'KEY_INVALID');
  // The password is masked from then on, wherever it would appear.
  assert.equal(redact('typed right-password'), 'typed ***');
});

test('signatures: DER ECDSA over the bytes; DSSE over the pre-authentication encoding; the key hint is SHA-256 of the PKIX DER', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signer = keySigner(privateKey);
  const publicKey = createPublicKey(privateKey);
  const payload = Buffer.from('{"critical":{}}');
  const sig = signer.sign(payload).toString('base64');
  assert.ok(verifySignature(publicKey, payload, sig));
  assert.ok(!verifySignature(publicKey, Buffer.from('{"critical":{ }}'), sig));
  assert.ok(!verifySignature(publicKey, payload, 'bm90IGEgc2lnbmF0dXJl'));
  assert.equal(signer.keyHint, keyHint(publicKey));
  const envelope = signEnvelope(signer, 'application/vnd.in-toto+json', Buffer.from('{"_type":"x"}'));
  assert.ok(verifyEnvelope(publicKey, envelope));
  assert.ok(!verifyEnvelope(publicKey, { ...envelope, payloadType: 'text/plain' }), 'the payload type is signed too');
  const other = createPublicKey(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  assert.ok(!verifyEnvelope(other, envelope));
});
