import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WasmpackError } from '../../../src/errors.js';
import { assertTag, manifestReference, parseReference, referenceWithDigest } from '../../../src/oci/reference.js';

const D = 'sha256:' + 'a1'.repeat(32);

interface Valid {
  input: string;
  registry: string;
  apiHost?: string;
  repository: string;
  tag?: string;
  digest?: string;
  canonical: string;
}

const valid: Valid[] = [
  { input: 'alpine', registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'library/alpine', canonical: 'docker.io/library/alpine' },
  { input: 'alpine:3.20', registry: 'docker.io', repository: 'library/alpine', tag: '3.20', canonical: 'docker.io/library/alpine:3.20' },
  { input: 'acme/app', registry: 'docker.io', repository: 'acme/app', canonical: 'docker.io/acme/app' },
  { input: 'docker.io/alpine', registry: 'docker.io', repository: 'library/alpine', canonical: 'docker.io/library/alpine' },
  { input: 'index.docker.io/acme/app:v1', registry: 'docker.io', apiHost: 'registry-1.docker.io', repository: 'acme/app', tag: 'v1', canonical: 'docker.io/acme/app:v1' },
  { input: 'docker://ghcr.io/acme/app:1.0', registry: 'ghcr.io', apiHost: 'ghcr.io', repository: 'acme/app', tag: '1.0', canonical: 'ghcr.io/acme/app:1.0' },
  { input: 'ghcr.io/acme/team/app', registry: 'ghcr.io', repository: 'acme/team/app', canonical: 'ghcr.io/acme/team/app' },
  { input: 'localhost/app', registry: 'localhost', apiHost: 'localhost', repository: 'app', canonical: 'localhost/app' },
  { input: 'localhost:5000/app:dev', registry: 'localhost:5000', apiHost: 'localhost:5000', repository: 'app', tag: 'dev', canonical: 'localhost:5000/app:dev' },
  { input: '127.0.0.1:5000/a/b', registry: '127.0.0.1:5000', repository: 'a/b', canonical: '127.0.0.1:5000/a/b' },
  { input: '[::1]:5000/app', registry: '[::1]:5000', repository: 'app', canonical: '[::1]:5000/app' },
  { input: 'registry.example.com:443/ns/app', registry: 'registry.example.com:443', repository: 'ns/app', canonical: 'registry.example.com:443/ns/app' },
  { input: 'MyRegistry/app', registry: 'MyRegistry', repository: 'app', canonical: 'MyRegistry/app' },
  { input: 'ghcr.io/acme/app:V1.0_RC-1', registry: 'ghcr.io', repository: 'acme/app', tag: 'V1.0_RC-1', canonical: 'ghcr.io/acme/app:V1.0_RC-1' },
  { input: 'ghcr.io/acme/app:_x', registry: 'ghcr.io', repository: 'acme/app', tag: '_x', canonical: 'ghcr.io/acme/app:_x' },
  { input: `ghcr.io/acme/app:${'t'.repeat(128)}`, registry: 'ghcr.io', repository: 'acme/app', tag: 't'.repeat(128), canonical: `ghcr.io/acme/app:${'t'.repeat(128)}` },
  { input: `ghcr.io/acme/app@${D}`, registry: 'ghcr.io', repository: 'acme/app', digest: D, canonical: `ghcr.io/acme/app@${D}` },
  { input: `ghcr.io/acme/app:1.0@${D}`, registry: 'ghcr.io', repository: 'acme/app', tag: '1.0', digest: D, canonical: `ghcr.io/acme/app:1.0@${D}` },
  { input: `alpine@${D}`, registry: 'docker.io', repository: 'library/alpine', digest: D, canonical: `docker.io/library/alpine@${D}` },
  { input: 'ghcr.io/a.b/c_d/e__f/g--h', registry: 'ghcr.io', repository: 'a.b/c_d/e__f/g--h', canonical: 'ghcr.io/a.b/c_d/e__f/g--h' },
  { input: 'my-registry.io/x9/0app', registry: 'my-registry.io', repository: 'x9/0app', canonical: 'my-registry.io/x9/0app' },
];

const invalid: Array<{ input: string; message: string }> = [
  { input: '', message: 'invalid image reference "": it is empty' },
  { input: ' alpine', message: 'invalid image reference " alpine": it has leading or trailing whitespace' },
  { input: 'docker://', message: 'invalid image reference "docker://": it is empty after "docker://"' },
  { input: 'https://ghcr.io/acme/app', message: 'invalid image reference "https://ghcr.io/acme/app": "https://" is not part of an image reference' },
  { input: 'ghcr.io/Acme/app', message: 'invalid image reference "ghcr.io/Acme/app": repository must be lowercase ("Acme" has uppercase letters)' },
  { input: 'Alpine', message: 'invalid image reference "Alpine": repository must be lowercase ("Alpine" has uppercase letters)' },
  { input: 'ghcr.io/acme/app/', message: 'invalid image reference "ghcr.io/acme/app/": it ends with "/" (trailing slash)' },
  { input: 'ghcr.io//app', message: 'invalid image reference "ghcr.io//app": it contains "//" (double slash)' },
  { input: '/app', message: 'invalid image reference "/app": it starts with "/"' },
  { input: 'ghcr.io/acme/app:', message: 'invalid image reference "ghcr.io/acme/app:": the tag after ":" is empty' },
  { input: 'ghcr.io/acme/app:1.0+build', message: 'invalid image reference "ghcr.io/acme/app:1.0+build": the tag "1.0+build" contains the invalid character "+"' },
  { input: 'ghcr.io/acme/app:.hidden', message: 'invalid image reference "ghcr.io/acme/app:.hidden": the tag ".hidden" must not start with "."' },
  { input: 'ghcr.io/acme/app:-x', message: 'invalid image reference "ghcr.io/acme/app:-x": the tag "-x" must not start with "-"' },
  { input: `ghcr.io/acme/app:${'t'.repeat(129)}`, message: `invalid image reference "ghcr.io/acme/app:${'t'.repeat(129)}": the tag is 129 characters long; at most 128 are allowed` },
  { input: 'ghcr.io/acme/app@', message: 'invalid image reference "ghcr.io/acme/app@": the digest after "@" is empty' },
  { input: 'ghcr.io/acme/app@sha256:abc', message: 'invalid image reference "ghcr.io/acme/app@sha256:abc": the sha256 digest has 3 hex digits; it needs 64' },
  { input: `ghcr.io/acme/app@sha256:${'A'.repeat(64)}`, message: `invalid image reference "ghcr.io/acme/app@sha256:${'A'.repeat(64)}": the digest "sha256:${'A'.repeat(64)}" must use lowercase hex` },
  { input: `ghcr.io/acme/app@md5:${'a'.repeat(32)}`, message: `invalid image reference "ghcr.io/acme/app@md5:${'a'.repeat(32)}": the digest algorithm "md5" is not supported (only sha256)` },
  { input: 'ghcr.io/acme/app@abcdef', message: 'invalid image reference "ghcr.io/acme/app@abcdef": the digest "abcdef" has no algorithm (expected sha256:<hex>)' },
  { input: `ghcr.io/acme/app@sha256:${'g'.repeat(64)}`, message: `invalid image reference "ghcr.io/acme/app@sha256:${'g'.repeat(64)}": the digest "sha256:${'g'.repeat(64)}" contains characters that are not hex` },
  { input: `@${D}`, message: `invalid image reference "@${D}": the name before "@" is empty` },
  { input: 'localhost:abc/app', message: 'invalid image reference "localhost:abc/app": the registry port "abc" is not a number' },
  { input: 'localhost:70000/app', message: 'invalid image reference "localhost:70000/app": the registry port 70000 is outside 1-65535' },
  { input: 'localhost:/app', message: 'invalid image reference "localhost:/app": the registry port "" is not a number' },
  { input: 'bad_host.io/app', message: 'invalid image reference "bad_host.io/app": the registry host "bad_host.io" is not a valid host name' },
  { input: '-x.io/app', message: 'invalid image reference "-x.io/app": the registry host "-x.io" is not a valid host name' },
  { input: 'ghcr.io/acme/-app', message: 'invalid image reference "ghcr.io/acme/-app": the repository component "-app" must start and end with a lowercase letter or digit' },
  { input: 'ghcr.io/acme/app.', message: 'invalid image reference "ghcr.io/acme/app.": the repository component "app." must start and end with a lowercase letter or digit' },
  { input: 'ghcr.io/acme/a..b', message: 'invalid image reference "ghcr.io/acme/a..b": the repository component "a..b" has an invalid separator (only ".", "_", "__" or runs of "-" may join letters and digits)' },
  { input: 'ghcr.io/acme/a___b', message: 'invalid image reference "ghcr.io/acme/a___b": the repository component "a___b" has an invalid separator (only ".", "_", "__" or runs of "-" may join letters and digits)' },
  { input: 'ghcr.io/acme/my app', message: 'invalid image reference "ghcr.io/acme/my app": the repository component "my app" contains the invalid character " "' },
  { input: 'ghcr.io/acme/app@sha256:x@sha256:y', message: 'invalid image reference "ghcr.io/acme/app@sha256:x@sha256:y": it contains more than one "@"' },
  { input: 'a'.repeat(240), message: `invalid image reference "${'a'.repeat(240)}": the name (as docker.io/...) is 258 characters long; at most 255 are allowed` },
  { input: 'localhost:5000', message: 'invalid image reference "localhost:5000": "localhost:5000" names a registry but no repository' },
  { input: 'ghcr.io', message: 'invalid image reference "ghcr.io": "ghcr.io" names a registry but no repository' },
  { input: 'ghcr.io:v1', message: 'invalid image reference "ghcr.io:v1": "ghcr.io" names a registry but no repository' },
  { input: `ghcr.io/${'a'.repeat(250)}`, message: `invalid image reference "ghcr.io/${'a'.repeat(250)}": the name is 258 characters long; at most 255 are allowed` },
];

for (const c of valid) {
  test(`parseReference accepts ${JSON.stringify(c.input.length > 60 ? c.input.slice(0, 60) + '...' : c.input)}`, () => {
    const ref = parseReference(c.input);
    assert.equal(ref.registry, c.registry);
    assert.equal(ref.apiHost, c.apiHost ?? (c.registry === 'docker.io' ? 'registry-1.docker.io' : c.registry));
    assert.equal(ref.repository, c.repository);
    assert.equal(ref.tag, c.tag);
    assert.equal(ref.digest, c.digest);
    assert.equal(ref.toString(), c.canonical);
    assert.equal(String(ref), c.canonical);
    // The canonical form parses back to the same reference.
    assert.equal(parseReference(c.canonical).toString(), c.canonical);
  });
}

for (const c of invalid) {
  test(`parseReference rejects ${JSON.stringify(c.input.length > 60 ? c.input.slice(0, 60) + '...' : c.input)}`, () => {
    assert.throws(() => parseReference(c.input), (err: unknown) => {
      assert.ok(err instanceof WasmpackError);
      assert.equal(err.code, 'BAD_REFERENCE');
      assert.equal(err.message, c.message);
      assert.ok(err.hint && err.hint.length > 0, 'has a hint');
      return true;
    });
  });
}

test('a reference with tag and digest fetches by digest', () => {
  const ref = parseReference(`ghcr.io/acme/app:1.0@${D}`);
  assert.equal(manifestReference(ref), D);
  assert.equal(manifestReference(parseReference('ghcr.io/acme/app:1.0')), '1.0');
  assert.equal(manifestReference(parseReference('ghcr.io/acme/app')), 'latest');
});

test('assertTag accepts what the grammar allows and names what is wrong', () => {
  assertTag('1.0-aot-x86_64', 'the AOT tag');
  assert.throws(() => assertTag('a/b', 'the AOT tag made from "a"'), (e: unknown) => e instanceof WasmpackError && e.code === 'BAD_TAG' && /the AOT tag made from "a" is not a valid tag: the tag "a\/b" contains the invalid character "\/"/.test(e.message));
  assert.throws(() => assertTag(`${'x'.repeat(120)}-aot-x86_64`, 'the AOT tag'), (e: unknown) => e instanceof WasmpackError && e.code === 'BAD_TAG');
});

test('referenceWithDigest pins a digest and keeps the tag for display', () => {
  const ref = referenceWithDigest(parseReference('localhost:5000/app:dev'), D);
  assert.equal(ref.toString(), `localhost:5000/app:dev@${D}`);
  assert.throws(() => referenceWithDigest(ref, 'sha256:00'), (e: unknown) => e instanceof WasmpackError && e.code === 'BAD_REFERENCE');
});

test('references are immutable values', () => {
  const ref = parseReference('ghcr.io/acme/app');
  assert.throws(() => {
    (ref as { tag?: string }).tag = 'x';
  }, TypeError);
});

test('credentials written into a reference by mistake do not appear in the error', () => {
  assert.throws(() => parseReference('https://user:hunter2@ghcr.io/acme/app'), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.ok(!err.message.includes('hunter2'), err.message);
    return true;
  });
});
