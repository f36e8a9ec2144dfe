/**
 * redact(): what may reach a person or a log. Patterns catch what looks like a secret; values the
 * process has learned (registerSecret) are masked with their base64 forms wherever they appear.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatError, redact, redactUrl, registerSecret, WasmpackError } from '../../src/errors.js';

test('URLs lose their query strings: upload state and pre-signed signatures are credentials', () => {
  const text = 'PUT http://127.0.0.1:5000/v2/app/blobs/uploads/5de2?_state=BdxqsJK4wFBGhEEd&digest=sha256%3Aab failed; redirected to https://bucket.s3.amazonaws.com/x?X-Amz-Signature=f00d&X-Amz-Credential=AKIA';
  const out = redact(text);
  assert.equal(out, 'PUT http://127.0.0.1:5000/v2/app/blobs/uploads/5de2 failed; redirected to https://bucket.s3.amazonaws.com/x');
  assert.equal(redactUrl('https://user:pw@reg.example:8443/v2/a/manifests/1?x=1#y'), 'https://reg.example:8443/v2/a/manifests/1');
  assert.equal(redactUrl('not a url?secret=1'), 'not a url');
});

test('Authorization values, user:password@ and secret JSON fields are masked', () => {
  assert.equal(redact('authorization: Bearer eyJhbGciOiJSUzI1NiJ9.payload'), 'authorization: Bearer ***');
  assert.equal(redact('Basic dXNlcjpwYXNzd29yZA=='), 'Basic ***');
  assert.equal(redact('https://me:hunter22@reg.example/v2/'), 'https://***:***@reg.example/v2/');
  assert.equal(redact('{"token":"abc.def","expires_in":60,"refresh_token":"r-1\\"x"}'), '{"token":"***","expires_in":60,"refresh_token":"***"}');
  assert.equal(redact('{"auths":{"r":{"auth":"dTpw","identitytoken":"id-tok"}}}'), '{"auths":{"r":{"auth":"***","identitytoken":"***"}}}');
  assert.equal(redact('got eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJtZSJ9.c2lnbmF0dXJl here'), 'got *** here');
});

test('a registered secret is masked as itself, in base64, base64url, unpadded, and as user:secret in base64', () => {
  const secret = 'Sx9-correct horse battery';
  registerSecret(secret, 'ci-bot');
  const b64 = Buffer.from(secret).toString('base64');
  const pair = Buffer.from(`ci-bot:${secret}`).toString('base64');
  for (const form of [secret, b64, b64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url'), pair]) {
    const out = redact(`before ${form} after`);
    assert.equal(out, 'before *** after', form);
  }
  const err = new WasmpackError('X', `the registry said: wrong password ${secret}`, `retry with ${pair}`);
  assert.doesNotMatch(formatError(err), new RegExp(secret.slice(0, 10)));
  assert.ok(!formatError(err).includes(pair));
});

test('short values are not masked by value (that would garble ordinary words), and nothing else changes', () => {
  registerSecret('abc');
  assert.equal(redact('abc is fine'), 'abc is fine');
  const plain = 'pushing blob sha256:' + 'a'.repeat(64) + ' to localhost:5000/app: 3 of 4 done';
  assert.equal(redact(plain), plain);
});

test('private keys (cosign\'s encrypted PEM and plain PKCS#8) and OIDC tokens are masked', () => {
  const cosignKey = '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\neyJrZGYiOnsibmFtZSI6InNjcnlwdCJ9fQ==\nAAAA/BBB+CCC\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----';
  assert.equal(redact(`key: ${cosignKey} end`), 'key: -----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n***\n-----END ENCRYPTED SIGSTORE PRIVATE KEY----- end');
  const pkcs8 = '-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg\n-----END PRIVATE KEY-----';
  assert.ok(!redact(pkcs8).includes('MIGHAgEAMBMG'));
  const publicKey = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n-----END PUBLIC KEY-----';
  assert.equal(redact(publicKey), publicKey, 'a public key is not a secret');
  const oidc = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJhdWQiOiJzaWdzdG9yZSIsInN1YiI6InJlcG86YWNtZS9hcHAifQ.c2lnbmF0dXJlLWJ5dGVz';
  assert.equal(redact(`id token ${oidc} refused`), 'id token *** refused');
});
