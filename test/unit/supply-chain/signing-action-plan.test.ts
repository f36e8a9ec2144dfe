// The Action's signing decision: auto signs keyless only with the job's OIDC token, a key wins,
// sign: true without either fails (naming the permission) before anything is pushed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planSigning, readSigningInputs, signingMarkdown } from '../../../src/action/signing.js';
import { WasmpackError } from '../../../src/errors.js';

const ID_TOKEN = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token' };

test('sign: auto, true, false against id-token permission, a key and whether anything is pushed', () => {
  const auto = readSigningInputs({});
  assert.deepEqual(auto, { sign: 'auto', signKey: '', signKeyPassword: '' });
  assert.deepEqual(planSigning(auto, ID_TOKEN, true), { mode: 'keyless' });
  assert.deepEqual(planSigning(auto, {}, true), { mode: 'none', because: 'no id-token: write permission and no sign-key' });
  assert.deepEqual(planSigning(auto, ID_TOKEN, false), { mode: 'none', because: 'not pushed' });
  const withKey = readSigningInputs({ 'INPUT_SIGN-KEY': '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----', 'INPUT_SIGN-KEY-PASSWORD': 'pw' });
  assert.deepEqual(planSigning(withKey, ID_TOKEN, true), { mode: 'key' }, 'a key given is the key used');
  assert.deepEqual(planSigning(readSigningInputs({ INPUT_SIGN: 'false' }), ID_TOKEN, true), { mode: 'none', because: 'sign: false' });
  assert.throws(
    () => planSigning(readSigningInputs({ INPUT_SIGN: 'true' }), {}, true),
    (err: WasmpackError) => err.code === 'SIGN_NO_ID_TOKEN' && /permissions: id-token: write/.test(err.hint ?? ''),
  );
  assert.throws(() => readSigningInputs({ INPUT_SIGN: 'maybe' }), (err: WasmpackError) => err.code === 'ACTION_BAD_INPUT');
});

test('the job summary lists what was signed, or why nothing was', () => {
  const md = signingMarkdown([{ image: 'ghcr.io/acme/app@sha256:aa', how: 'keyless', attestations: [{ predicateType: 'https://sigstore.dev/cosign/sign/v1', digest: 'sha256:bb' }] }], { mode: 'keyless' });
  assert.match(md, /#### Signed/);
  assert.match(md, /\| `ghcr.io\/acme\/app@sha256:aa` \| https:\/\/sigstore.dev\/cosign\/sign\/v1 \(keyless\) \| `sha256:bb` \|/);
  assert.equal(signingMarkdown([], { mode: 'none', because: 'sign: false' }), 'Not signed: sign: false.\n');
});
