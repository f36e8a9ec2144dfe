/**
 * Property-based tests (the trust suite, part 4) with fast-check, seeded from the suite's seed:
 * the parsers that read untrusted text and bytes never crash, and every bad input ends in a
 * WasmpackError with a stable code. Well-formed inputs generated from each grammar parse back to
 * what was generated. (The tar reader of `pull` is another helper's work and is not covered here.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { WasmpackError } from '../../src/errors.js';
import { loadConfig, validateConfig } from '../../src/config/load.js';
import { parseReference } from '../../src/oci/reference.js';
import { Authenticator } from '../../src/targets/registry/auth.js';
import { parseChallenges } from '../../src/targets/registry/challenge.js';
import { inspectWasm, WasmFormatError } from '../../src/wasm/binary.js';
import { inspectOrThrow } from '../../src/wasm/validate.js';
import { MINIMAL_COMMAND } from '../helpers/wasm-fixtures.js';
import { suiteSeed } from '../helpers/seeded-random.js';
import { recordFigures } from '../helpers/trust-figures.js';

const SEED = suiteSeed();
const RUNS = Number(process.env.WASMPACK_TRUST_FUZZ_RUNS ?? 1000);
let cases = 0;
const violations: string[] = [];

/** fc.assert with the suite's seed; counts the cases run. */
async function check<T>(name: string, arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void | Promise<void>, runs = RUNS): Promise<void> {
  const property = fc.asyncProperty(arbitrary, async (value) => {
    cases++;
    await predicate(value);
  });
  const result = await fc.check(property, { seed: SEED, numRuns: runs });
  if (result.failed) {
    const message = `${name}: counterexample ${JSON.stringify(result.counterexample?.[0])?.slice(0, 400)} (seed ${SEED}, path ${result.counterexamplePath}): ${String((result.errorInstance as Error)?.message ?? result.errorInstance).slice(0, 400)}`;
    violations.push(message);
    assert.fail(message);
  }
}

/** Every failure must be a WasmpackError with one of these codes. */
function expectCoded(codes: readonly string[], run: () => unknown): void {
  try {
    run();
  } catch (err) {
    if (!(err instanceof WasmpackError)) throw new Error(`not a coded error: ${String((err as Error)?.stack ?? err)}`);
    if (!codes.includes(err.code)) throw new Error(`unexpected code ${err.code}: ${err.message}`);
  }
}

// --- image references ---------------------------------------------------------------------------

const REFERENCE_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./:@_-+ \t%?#[]', 'é', '\u0000'];
const referenceLike = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...REFERENCE_CHARS), maxLength: 120 }),
  fc.string({ unit: fc.constantFrom(...REFERENCE_CHARS), maxLength: 300 }).map((s) => `docker://${s}`),
);

const lower = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 8 });
const component = fc.tuple(lower, fc.array(fc.tuple(fc.constantFrom('.', '_', '__', '-', '--'), lower), { maxLength: 2 })).map(([head, rest]) => head + rest.map(([sep, part]) => sep + part).join(''));
const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 10 });
const domain = fc.oneof(
  fc.tuple(label, fc.array(label, { minLength: 1, maxLength: 3 })).map(([a, rest]) => [a, ...rest].join('.')),
  fc.constant('localhost'),
  fc.tuple(fc.constantFrom('localhost', '127.0.0.1', 'reg.example'), fc.integer({ min: 1, max: 65535 })).map(([h, p]) => `${h}:${p}`),
);
const tag = fc.tuple(fc.constantFrom(...'abcXYZ019_'), fc.string({ unit: fc.constantFrom(...'abcXYZ019_.-'), maxLength: 40 })).map(([a, b]) => a + b);
const digest = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => `sha256:${Buffer.from(b).toString('hex')}`);
const validReference = fc.record({ domain, path: fc.array(component, { minLength: 1, maxLength: 3 }), tag: fc.option(tag, { nil: undefined }), digest: fc.option(digest, { nil: undefined }) });

test('parseReference: any text parses or is BAD_REFERENCE, and a parsed reference round-trips', async () => {
  await check('parseReference(any)', referenceLike, (text) => {
    expectCoded(['BAD_REFERENCE'], () => {
      const ref = parseReference(text);
      const again = parseReference(ref.toString());
      assert.equal(again.toString(), ref.toString(), 'the canonical form is a fixed point');
    });
  });
});

test('parseReference: references built from the grammar parse to their parts', async () => {
  await check('parseReference(grammar)', validReference, (r) => {
    const text = `${r.domain}/${r.path.join('/')}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest !== undefined ? `@${r.digest}` : ''}`;
    if (text.length - (r.tag ? r.tag.length + 1 : 0) - (r.digest ? r.digest.length + 1 : 0) > 255) return;
    const ref = parseReference(text);
    assert.equal(ref.registry, r.domain);
    assert.equal(ref.repository, r.path.join('/'));
    assert.equal(ref.tag, r.tag);
    assert.equal(ref.digest, r.digest);
    assert.equal(ref.toString(), text);
  });
});

// --- configuration -------------------------------------------------------------------------------

test('validateConfig: any JSON value is a config or CONFIG_INVALID', async () => {
  const fields = fc.constantFrom('name', 'language', 'wasm', 'tags', 'format', 'compression', 'variant', 'strip', 'annotations', 'env', 'cmd', 'c', 'rust', 'go', 'aot', '$schema', 'bogus');
  const configLike = fc.oneof(fc.jsonValue(), fc.dictionary(fields, fc.jsonValue(), { maxKeys: 6 }));
  for (const value of [null, [], 'x', 1]) await assert.rejects(validateConfig(value, 'x.json'), { code: 'CONFIG_INVALID' });
  await check('validateConfig', configLike, async (value) => {
    try {
      const config = await validateConfig(value, 'wasmpack.json');
      assert.equal(typeof config, 'object');
    } catch (err) {
      assert.ok(err instanceof WasmpackError && err.code === 'CONFIG_INVALID', String(err));
      assert.ok(!/\n\s+at /.test(err.message));
    }
  });
});

test('validateConfig: configs built from the schema are accepted', async () => {
  const stringMap = fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 10 }), { maxKeys: 3 });
  const config = fc.record(
    {
      name: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/),
      language: fc.constantFrom('rust', 'c', 'go', 'wasm'),
      tags: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
      format: fc.constantFrom('compat', 'artifact'),
      compression: fc.constantFrom('gzip', 'zstd', 'none'),
      strip: fc.boolean(),
      annotations: stringMap,
      env: stringMap,
      cmd: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
      aot: fc.record({ enabled: fc.boolean(), optLevel: fc.integer({ min: 0, max: 3 }), ship: fc.uniqueArray(fc.constantFrom('sibling', 'embed', 'referrer'), { maxLength: 2 }) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  );
  await check('validateConfig(schema)', config, async (value) => {
    assert.deepEqual(await validateConfig(value, 'wasmpack.json'), value);
  }, Math.ceil(RUNS / 4));
});

test('loadConfig: any wasmpack.json or Cargo.toml text loads or fails with a coded error', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-fuzz-config-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const tomlish = fc.string({ unit: fc.constantFrom(...'[]=."\'\n abc_-01{},#\\'), maxLength: 200 }).map((s) => `[package]\nname = "x"\n${s}`);
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json().map((j) => j.slice(0, Math.max(0, j.length - 1))), fc.json(), tomlish.map((s) => `TOML:${s}`));
  await check('loadConfig', text, async (content) => {
    const asToml = content.startsWith('TOML:');
    await rm(join(dir, 'wasmpack.json'), { force: true });
    await rm(join(dir, 'Cargo.toml'), { force: true });
    await writeFile(join(dir, asToml ? 'Cargo.toml' : 'wasmpack.json'), asToml ? content.slice(5) : content);
    try {
      await loadConfig(dir);
    } catch (err) {
      assert.ok(err instanceof WasmpackError && ['CONFIG_INVALID', 'CARGO_MANIFEST_INVALID'].includes(err.code), String((err as Error).stack ?? err));
    }
  }, Math.ceil(RUNS / 4));
});

// --- WWW-Authenticate ------------------------------------------------------------------------------

const TCHARS = [...'!#$%&\'*+.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-'];
const token = fc.string({ unit: fc.constantFrom(...TCHARS), minLength: 1, maxLength: 12 });
const paramValue = fc.string({ unit: fc.constantFrom(...'abc XYZ,:;="\\/=-_.'), maxLength: 30 });
const challengeSpec = fc.record({ scheme: fc.constantFrom('Bearer', 'Basic', 'bearer', 'Digest', 'Negotiate2'), params: fc.uniqueArray(fc.tuple(token, paramValue), { selector: ([name]) => name.toLowerCase(), maxLength: 4 }) });
const quote = (v: string): string => `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;

test('WWW-Authenticate: any header parses without throwing; choosing a scheme is coded', async () => {
  const header = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'Bearer Basic realm="x", \\=,scope:'), maxLength: 120 }));
  await check('parseChallenges', fc.oneof(header, fc.array(header, { maxLength: 3 })), (value) => {
    const challenges = parseChallenges(value);
    assert.ok(Array.isArray(challenges));
    const auth = new Authenticator({ registry: 'reg.example', registryBase: 'https://reg.example', credentials: { get: async () => undefined, searched: () => [] }, send: async () => assert.fail('no request'), userAgent: 'fuzz', now: () => 0 });
    expectCoded(['REGISTRY_UNSUPPORTED_AUTH'], () => auth.learn(value, 401));
  });
});

test('WWW-Authenticate: challenges built from RFC 7235 parse back to their scheme and parameters', async () => {
  await check('parseChallenges(grammar)', fc.array(challengeSpec, { minLength: 1, maxLength: 3 }), (specs) => {
    const header = specs.map((c) => `${c.scheme} ${c.params.map(([n, v]) => `${n}=${quote(v)}`).join(', ')}`.trim()).join(', ');
    const parsed = parseChallenges(header);
    // A challenge without parameters followed by another is still two challenges.
    assert.deepEqual(parsed.map((c) => c.scheme), specs.map((c) => c.scheme.toLowerCase()), header);
    specs.forEach((spec, i) => assert.deepEqual(parsed[i]!.params, Object.fromEntries(spec.params.map(([n, v]) => [n.toLowerCase(), v])), header));
  });
});

// --- wasm sections ---------------------------------------------------------------------------------

const COMPONENT_HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]);
const mutated = fc.tuple(fc.constantFrom(MINIMAL_COMMAND, COMPONENT_HEADER), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'cut')), { minLength: 1, maxLength: 6 })).map(([base, edits]) => {
  let bytes = Buffer.from(base);
  for (const [at, value, how] of edits) {
    const i = at % (bytes.length + 1);
    if (how === 'set' && i < bytes.length) bytes[i] = value;
    else if (how === 'insert') bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([value]), bytes.subarray(i)]);
    else bytes = bytes.subarray(0, Math.max(8, i));
  }
  return bytes;
});
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([MINIMAL_COMMAND.subarray(0, 8), b])), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.concat([COMPONENT_HEADER, b])), mutated);

test('wasm reader: any bytes are read or rejected as NOT_WASM / WASM_INVALID, never a crash', async () => {
  await check('inspectWasm', anyBytes, (bytes) => {
    try {
      inspectWasm(bytes, 'fuzz.wasm');
    } catch (err) {
      assert.ok(err instanceof WasmFormatError || (err instanceof WasmpackError && err.code === 'NOT_WASM'), String((err as Error).stack ?? err));
    }
    expectCoded(['NOT_WASM', 'WASM_INVALID'], () => inspectOrThrow(bytes, 'fuzz.wasm'));
  });
});

test('wasm reader: modules with generated custom sections, imports and exports read back the same names', async () => {
  const name = fc.string({ unit: 'grapheme', maxLength: 12 });
  const module = fc.record({ custom: fc.array(fc.tuple(name, fc.uint8Array({ maxLength: 20 })), { maxLength: 3 }), imports: fc.array(fc.tuple(name, name), { maxLength: 3 }), exports: fc.uniqueArray(name, { maxLength: 3 }) });
  await check('inspectWasm(grammar)', module, (m) => {
    const vec = (items: Buffer[]): Buffer => Buffer.concat([leb(items.length), ...items]);
    const str = (s: string): Buffer => Buffer.concat([leb(Buffer.byteLength(s)), Buffer.from(s)]);
    const section = (id: number, payload: Buffer): Buffer => Buffer.concat([Buffer.from([id]), leb(payload.length), payload]);
    const parts = [MINIMAL_COMMAND.subarray(0, 8), section(1, vec([Buffer.from([0x60, 0x00, 0x00])]))];
    if (m.imports.length) parts.push(section(2, vec(m.imports.map(([mod, field]) => Buffer.concat([str(mod), str(field), Buffer.from([0x00, 0x00])])))));
    if (m.exports.length) parts.push(section(7, vec(m.exports.map((e) => Buffer.concat([str(e), Buffer.from([0x00, 0x00])])))));
    for (const [n, payload] of m.custom) parts.push(section(0, Buffer.concat([str(n), Buffer.from(payload)])));
    const info = inspectWasm(Buffer.concat(parts), 'generated.wasm');
    assert.deepEqual(info.customSections, m.custom.map(([n]) => n));
    assert.deepEqual(info.imports.map((i) => [i.module, i.name, i.kind]), m.imports.map(([a, b]) => [a, b, 'func']));
    assert.deepEqual(info.exports.map((e) => e.name), m.exports);
  });
});

function leb(n: number): Buffer {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

test('fuzz figures', () => {
  recordFigures('fuzz', { fuzzCases: cases, violations: violations.length });
  process.stdout.write(`# fuzz: ${cases} cases, seed ${SEED}\n`);
  assert.deepEqual(violations, []);
});
