/**
 * The --json documents of `wasmpack build`, `push` and `doctor`, produced by the real CLI (real
 * clang, a real docker-registry), must validate against schemas/build-output.schema.json,
 * push-output.schema.json and doctor-output.schema.json, and every field they print must be
 * described there.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { copyExample, REPO_ROOT, wasmpack } from '../helpers/cli.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; params: Record<string, unknown> }> | null };
type JsonSchema = { properties?: Record<string, JsonSchema>; definitions?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string; required?: string[] };

async function loadSchema(file: string): Promise<JsonSchema> {
  return JSON.parse(await readFile(join(REPO_ROOT, 'schemas', file), 'utf8')) as JsonSchema;
}

// ajv is CommonJS: load it as src/config/load.ts does.
function compile(schema: JsonSchema): Validator {
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv') as new (options: object) => { compile(schema: object): Validator };
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

function assertValid(validate: Validator, doc: unknown, what: string): void {
  const ok = validate(doc);
  assert.ok(ok, `${what} does not match its schema: ${JSON.stringify(validate.errors, null, 2)}\n${JSON.stringify(doc, null, 2)}`);
}

/**
 * Every key of `doc` is described in `schema` (the schemas allow unknown fields so consumers keep
 * working when fields are added, so this is what keeps the documentation complete).
 */
function assertDescribed(schema: JsonSchema, root: JsonSchema, doc: unknown, path: string): void {
  const node = schema.$ref ? root.definitions![schema.$ref.replace('#/definitions/', '')]! : schema;
  if (Array.isArray(doc)) {
    if (node.items) doc.forEach((item, i) => assertDescribed(node.items!, root, item, `${path}[${i}]`));
    return;
  }
  if (doc === null || typeof doc !== 'object') return;
  for (const [key, value] of Object.entries(doc)) {
    const child = node.properties?.[key];
    assert.ok(child, `${path}.${key} is printed by the CLI but not described in the schema`);
    assertDescribed(child, root, value, `${path}.${key}`);
  }
}

function parseJson(stdout: string): Record<string, unknown> {
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('JSON output schemas', () => {
  let buildSchema: JsonSchema;
  let pushSchema: JsonSchema;
  let validateBuild: Validator;
  let validatePush: Validator;
  let registry: RunningRegistry;

  before(async () => {
    buildSchema = await loadSchema('build-output.schema.json');
    pushSchema = await loadSchema('push-output.schema.json');
    validateBuild = compile(buildSchema);
    validatePush = compile(pushSchema);
    registry = await startRegistry();
  });
  after(async () => {
    await registry?.stop();
  });

  test('wasmpack build --json of hello-c validates, with every field described', async () => {
    const dir = await copyExample('hello-c');
    const result = await wasmpack(['build', '--json', '--timestamp', '0'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const doc = parseJson(result.stdout);
    assertValid(validateBuild, doc, 'build --json');
    assertDescribed(buildSchema, buildSchema, doc, 'build');
    assert.equal(doc.name, 'hello-c');
    assert.equal(doc.created, 0);
    assert.deepEqual(doc.tags, []);
    assert.equal(doc.layout, `oci:${join(dir, '.wasmpack', 'oci')}:hello-c:latest`);
    assert.deepEqual((doc.module as { imports: string[] }).imports, ['wasi_snapshot_preview1']);
  });

  test('wasmpack build --json -o ... --push adds outputs and pushed entries that validate', async () => {
    const dir = await copyExample('hello-c');
    const ref = `${registry.host}/schemas/hello-c:1.0`;
    const archive = join(dir, '..', 'hello-c.oci.tar');
    const result = await wasmpack(['build', '--json', '-t', ref, '-o', `oci-archive:${archive}`, '--push'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const doc = parseJson(result.stdout);
    assertValid(validateBuild, doc, 'build --json -o --push');
    assertDescribed(buildSchema, buildSchema, doc, 'build');
    const outputs = doc.outputs as Array<{ destination: string; blobs: { pushed: number } }>;
    assert.equal(outputs.length, 1);
    assert.equal(outputs[0]!.destination, `oci-archive:${archive}`);
    assert.equal(outputs[0]!.blobs.pushed, 3, 'config, layer and manifest written to a new archive');
    const pushed = doc.pushed as Array<{ destination: string; tags: string[]; requests?: number }>;
    assert.equal(pushed.length, 1);
    assert.equal(pushed[0]!.destination, ref);
    assert.deepEqual(pushed[0]!.tags, ['1.0']);
    assert.ok((pushed[0]!.requests ?? 0) > 0, 'a registry push reports its request count');
  });

  test('wasmpack push --json to a real registry validates; a re-push uploads nothing', async () => {
    const dir = await copyExample('hello-c');
    const ref = `${registry.host}/schemas/push:1.0`;
    const built = await wasmpack(['build', '--json', '-t', ref], { cwd: dir });
    assert.equal(built.code, 0, built.stderr);
    const buildDigest = parseJson(built.stdout).digest;

    const first = await wasmpack(['push', '--json'], { cwd: dir });
    assert.equal(first.code, 0, first.stderr);
    const doc = parseJson(first.stdout);
    assertValid(validatePush, doc, 'push --json');
    assertDescribed(pushSchema, pushSchema, doc, 'push');
    assert.equal(doc.digest, buildDigest);

    const again = await wasmpack(['push', '--json', ref], { cwd: dir });
    assert.equal(again.code, 0, again.stderr);
    const second = parseJson(again.stdout);
    assertValid(validatePush, second, 'push --json (re-push)');
    const entry = (second.pushed as Array<{ blobs: { pushed: number; skipped: number }; bytesUploaded?: number }>)[0]!;
    assert.equal(entry.bytesUploaded, 0);
    assert.ok(entry.blobs.skipped > 0);
  });

  test('the schemas reject a document without digest, and a malformed digest', async () => {
    const dir = await copyExample('hello-c');
    const result = await wasmpack(['build', '--json'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const doc = parseJson(result.stdout);

    const { digest: _omitted, ...withoutDigest } = doc;
    assert.equal(validateBuild(withoutDigest), false);
    assert.ok(validateBuild.errors?.some((e) => e.params.missingProperty === 'digest'), JSON.stringify(validateBuild.errors));
    assert.equal(validateBuild({ ...doc, digest: 'sha256:XYZ' }), false);

    const pushDoc = { digest: doc.digest, pushed: [{ destination: 'localhost:5000/app:1.0', tags: ['1.0'], blobs: { pushed: 2, skipped: 0, mounted: 0 } }] };
    assertValid(validatePush, pushDoc, 'a minimal push document');
    const { digest: _gone, ...pushWithoutDigest } = pushDoc;
    assert.equal(validatePush(pushWithoutDigest), false);
    assert.ok(validatePush.errors?.some((e) => e.params.missingProperty === 'digest'), JSON.stringify(validatePush.errors));
  });

  test('wasmpack doctor --json validates against schemas/doctor-output.schema.json, with every field described', async (t) => {
    const doctorSchema = await loadSchema('doctor-output.schema.json');
    const dir = await copyExample('hello-c');
    t.after(() => rm(join(dir, '..'), { recursive: true, force: true }));
    const result = await wasmpack(['doctor', '--json'], { cwd: dir });
    assert.equal(result.code, 0, result.stderr);
    const doc = parseJson(result.stdout);
    assertValid(compile(doctorSchema), doc, 'doctor --json');
    assertDescribed(doctorSchema, doctorSchema, doc, 'doctor');
    assert.equal((doc.project as { buildable: boolean }).buildable, true);
  });

  test('the pushed-entry definition is the same in both schemas', () => {
    assert.deepEqual(stripDescriptions(buildSchema.definitions!.pushedImage), stripDescriptions(pushSchema.definitions!.pushedImage));
  });
});

function stripDescriptions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDescriptions);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'description').map(([k, v]) => [k, stripDescriptions(v)]));
}
