import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReference } from '../../../src/oci/reference.js';
import { parseTransport } from '../../../src/targets/transport-spec.js';
import { WasmpackError } from '../../../src/errors.js';

/** Registry references are compared by their canonical text (the parsed value is a Reference). */
type Expected = Exclude<ReturnType<typeof parseTransport>, { transport: 'registry' }> | { transport: 'registry'; reference: string };

const PARSED: Array<[string, Expected]> = [
  ['oci:.wasmpack/oci', { transport: 'oci', dir: '.wasmpack/oci' }],
  ['oci:/tmp/layout:v1', { transport: 'oci', dir: '/tmp/layout', tag: 'v1' }],
  ['oci:dir:', { transport: 'oci', dir: 'dir' }],
  ['oci-archive:app.tar', { transport: 'oci-archive', file: 'app.tar' }],
  ['oci-archive:/out/app.tar:latest', { transport: 'oci-archive', file: '/out/app.tar', tag: 'latest' }],
  ['docker-archive:app.tar', { transport: 'docker-archive', file: 'app.tar' }],
  ['docker-archive:/out/app.tar:app:v1', { transport: 'docker-archive', file: '/out/app.tar', reference: 'app:v1' }],
  ['docker-archive:a.tar:localhost:5000/app:v1', { transport: 'docker-archive', file: 'a.tar', reference: 'localhost:5000/app:v1' }],
  ['docker://ghcr.io/acme/app:v1', { transport: 'registry', reference: 'ghcr.io/acme/app:v1' }],
  ['docker://localhost:5000/app', { transport: 'registry', reference: 'localhost:5000/app' }],
  // plain references, including ones with a word and a colon up front
  ['ghcr.io/acme/app:v1', { transport: 'registry', reference: 'ghcr.io/acme/app:v1' }],
  ['localhost:5000/app', { transport: 'registry', reference: 'localhost:5000/app' }],
  ['localhost:5000/app:v1', { transport: 'registry', reference: 'localhost:5000/app:v1' }],
  ['registry:5000/team/app@sha256:' + 'a'.repeat(64), { transport: 'registry', reference: 'registry:5000/team/app@sha256:' + 'a'.repeat(64) }],
  ['app:v1', { transport: 'registry', reference: 'app:v1' }],
  ['app', { transport: 'registry', reference: 'app' }],
  ['acme/app', { transport: 'registry', reference: 'acme/app' }],
  ['docker.io/library/app:1.0', { transport: 'registry', reference: 'docker.io/library/app:1.0' }],
  ['app@sha256:' + 'b'.repeat(64), { transport: 'registry', reference: 'app@sha256:' + 'b'.repeat(64) }],
];

for (const [spec, expected] of PARSED) {
  test(`parseTransport(${JSON.stringify(spec)})`, () => {
    const parsed = parseTransport(spec);
    if (parsed.transport === 'registry' && expected.transport === 'registry') assert.equal(parsed.reference.toString(), parseReference(expected.reference).toString());
    else assert.deepEqual(parsed, expected);
  });
}

const REJECTED: Array<[string, string]> = [
  ['dir:/tmp/x', 'UNKNOWN_TRANSPORT'],
  ['dir:x', 'UNKNOWN_TRANSPORT'],
  ['containers-storage:app:v1', 'UNKNOWN_TRANSPORT'],
  ['containers-storage:app', 'UNKNOWN_TRANSPORT'],
  ['docker-daemon:app:v1', 'UNKNOWN_TRANSPORT'],
  ['foo:', 'UNKNOWN_TRANSPORT'],
  ['foo:/abs/path', 'UNKNOWN_TRANSPORT'],
  ['foo:bar/baz', 'UNKNOWN_TRANSPORT'],
  ['foo:a:b', 'UNKNOWN_TRANSPORT'],
  ['docker:app', 'BAD_TRANSPORT_SPEC'],
  ['docker://', 'BAD_TRANSPORT_SPEC'],
  ['oci:', 'BAD_TRANSPORT_SPEC'],
  ['oci-archive::tag', 'BAD_TRANSPORT_SPEC'],
  ['docker-archive:', 'BAD_TRANSPORT_SPEC'],
  // The reference is parsed with the spec, so a registry without a repository fails right here.
  ['localhost:5000', 'BAD_REFERENCE'],
];

for (const [spec, code] of REJECTED) {
  test(`parseTransport(${JSON.stringify(spec)}) fails with ${code}`, () => {
    assert.throws(
      () => parseTransport(spec),
      (err: unknown) => err instanceof WasmpackError && err.code === code && (code !== 'UNKNOWN_TRANSPORT' || /oci-archive:FILE\[:TAG\].*docker-archive:FILE\[:REF\].*docker:\/\/REF/.test(err.hint ?? '')),
    );
  });
}
