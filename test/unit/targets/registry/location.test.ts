import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendDigest, resolveLocation, sameOrigin } from '../../../../src/targets/registry/location.js';

const request = 'https://reg.example:5000/v2/acme/app/blobs/uploads/';
const table: Array<[string, string, string, string]> = [
  ['absolute', request, 'https://reg.example:5000/v2/acme/app/blobs/uploads/u1?_state=abc%3D%3D', 'https://reg.example:5000/v2/acme/app/blobs/uploads/u1?_state=abc%3D%3D'],
  ['path-absolute', request, '/v2/acme/app/blobs/uploads/u1?_state=x', 'https://reg.example:5000/v2/acme/app/blobs/uploads/u1?_state=x'],
  ['path-relative', request, 'u1?_state=x', 'https://reg.example:5000/v2/acme/app/blobs/uploads/u1?_state=x'],
  ['query kept byte for byte (no re-encoding)', request, '/up?a=b c&sig=A+B/C=&x="q"', 'https://reg.example:5000/up?a=b c&sig=A+B/C=&x="q"'],
  ['fragment dropped', request, '/up?x=1#frag', 'https://reg.example:5000/up?x=1'],
  ['other host stays other host', request, 'https://s3.example/bucket/obj?X-Amz-Signature=s', 'https://s3.example/bucket/obj?X-Amz-Signature=s'],
  ['explicit :443 is the same as none', 'https://reg.example:443/v2/', 'https://reg.example/v2/x', 'https://reg.example/v2/x'],
];

for (const [name, base, location, expected] of table) {
  test(`resolveLocation: ${name}`, () => {
    assert.equal(resolveLocation(base, location), expected);
  });
}

test('appendDigest uses ? or & as needed and encodes the colon', () => {
  const d = 'sha256:' + 'a'.repeat(64);
  assert.equal(appendDigest('https://r/up', d), `https://r/up?digest=sha256%3A${'a'.repeat(64)}`);
  assert.equal(appendDigest('https://r/up?_state=x', d), `https://r/up?_state=x&digest=sha256%3A${'a'.repeat(64)}`);
  assert.equal(appendDigest('https://r/up?', d), `https://r/up?digest=sha256%3A${'a'.repeat(64)}`);
});

test('sameOrigin restores a dropped :443 and tells hosts, ports and schemes apart', () => {
  assert.ok(sameOrigin('https://reg.example:443/v2/', 'https://reg.example/v2/blobs'));
  assert.ok(!sameOrigin('https://reg.example/v2/', 'http://reg.example/v2/'));
  assert.ok(!sameOrigin('https://reg.example/v2/', 'https://reg.example:5000/v2/'));
  assert.ok(!sameOrigin('https://reg.example/v2/', 'https://cdn.reg.example/v2/'));
});
