import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSbom, sbomFormatOf, PredicateType, SupplyChainMediaType } from '../../../src/supply-chain/index.js';
import type { Inventory } from '../../../src/supply-chain/inventory.js';
import { cyclonedxProblems, purlsOf, spdxProblems } from '../../helpers/sbom-validate.js';

const CONTEXT = { timestamp: 1_700_000_000, creator: 'wasmpack-0.1.0' };

function inventory(overrides: Partial<Inventory> = {}): Inventory {
  return {
    subject: { name: 'app', version: '1.2.0', sha256: 'a'.repeat(64), license: 'MIT/Apache-2.0', dependsOn: ['cargo:serde_json@1.0.87', 'file:src/main.c'] },
    components: [
      { ref: 'cargo:serde_json@1.0.87', kind: 'library', name: 'serde_json', version: '1.0.87', purl: 'pkg:cargo/serde_json@1.0.87', checksums: [{ algorithm: 'SHA256', value: 'b'.repeat(64) }], source: 'https://crates.io/crates/serde_json', dependsOn: ['cargo:itoa@1.0.1'] },
      { ref: 'cargo:itoa@1.0.1', kind: 'library', name: 'itoa', version: '1.0.1', purl: 'pkg:cargo/itoa@1.0.1', license: 'MIT OR Apache-2.0' },
      { ref: 'golang:github.com/google/uuid@v1.6.0', kind: 'library', name: 'github.com/google/uuid', version: 'v1.6.0', purl: 'pkg:golang/github.com/google/uuid@v1.6.0', source: 'replaced by ../uuid' },
      { ref: 'file:src/main.c', kind: 'file', name: 'src/main.c', checksums: [{ algorithm: 'SHA256', value: 'c'.repeat(64) }] },
    ],
    tools: [{ name: 'clang', version: '16.0.6' }, { name: 'Debian clang', version: '14.0.6' }],
    language: 'rust',
    ...overrides,
  };
}

test('SPDX 2.3: what the schema requires, every component with its purl and checksum, the module by sha256', () => {
  const sbom = buildSbom(inventory(), 'spdx', CONTEXT);
  assert.equal(sbom.mediaType, 'application/spdx+json');
  assert.equal(sbom.artifactType, SupplyChainMediaType.spdx);
  assert.equal(sbom.predicateType, PredicateType.spdx);
  assert.equal(sbom.bare, true);
  const doc = JSON.parse(sbom.bytes.toString('utf8'));
  assert.deepEqual(spdxProblems(doc), []);
  assert.deepEqual(purlsOf(doc), ['pkg:cargo/itoa@1.0.1', 'pkg:cargo/serde_json@1.0.87', 'pkg:golang/github.com/google/uuid@v1.6.0']);
  const module = doc.packages.find((p: any) => p.SPDXID === 'SPDXRef-Package-module');
  assert.deepEqual(module.checksums, [{ algorithm: 'SHA256', checksumValue: 'a'.repeat(64) }]);
  assert.equal(module.licenseDeclared, 'MIT OR Apache-2.0', "Cargo's old slash syntax becomes an SPDX expression");
  assert.equal(doc.creationInfo.created, '2023-11-14T22:13:20Z', 'the image clock, not the wall clock');
  const source = doc.packages.find((p: any) => p.name === 'src/main.c');
  assert.equal(source.primaryPackagePurpose, 'SOURCE');
  assert.ok(doc.relationships.some((r: any) => r.spdxElementId === 'SPDXRef-Package-module' && r.relationshipType === 'GENERATED_FROM' && r.relatedSpdxElement === source.SPDXID));
  const serde = doc.packages.find((p: any) => p.name === 'serde_json');
  const itoa = doc.packages.find((p: any) => p.name === 'itoa');
  assert.ok(doc.relationships.some((r: any) => r.spdxElementId === serde.SPDXID && r.relationshipType === 'DEPENDS_ON' && r.relatedSpdxElement === itoa.SPDXID));
});

test('CycloneDX 1.6: valid against the official schema (strict), same components, the module as metadata.component', async () => {
  const sbom = buildSbom(inventory(), 'cyclonedx', CONTEXT);
  assert.equal(sbom.mediaType, 'application/vnd.cyclonedx+json');
  assert.equal(sbom.predicateType, 'https://cyclonedx.org/bom');
  const text = sbom.bytes.toString('utf8');
  assert.deepEqual(await cyclonedxProblems(text), []);
  const doc = JSON.parse(text);
  assert.equal(doc.specVersion, '1.6');
  assert.match(doc.serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.deepEqual(doc.metadata.component.hashes, [{ alg: 'SHA-256', content: 'a'.repeat(64) }]);
  assert.deepEqual(purlsOf(doc), ['pkg:cargo/itoa@1.0.1', 'pkg:cargo/serde_json@1.0.87', 'pkg:golang/github.com/google/uuid@v1.6.0']);
  assert.deepEqual(doc.dependencies.find((d: any) => d.ref === 'module').dependsOn, ['cargo:serde_json@1.0.87', 'file:src/main.c']);
});

test('the CycloneDX validator is not a formality: a broken document is rejected', async () => {
  const doc = JSON.parse(buildSbom(inventory(), 'cyclonedx', CONTEXT).bytes.toString('utf8'));
  doc.components[0].type = 'spaceship';
  assert.notDeepEqual(await cyclonedxProblems(JSON.stringify(doc)), []);
  const spdx = JSON.parse(buildSbom(inventory(), 'spdx', CONTEXT).bytes.toString('utf8'));
  spdx.packages[1].SPDXID = 'not an id';
  spdx.relationships.push({ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'LIKES', relatedSpdxElement: 'SPDXRef-nowhere' });
  const problems = spdxProblems(spdx).join('\n');
  assert.match(problems, /packages\[1\]\.SPDXID must match/);
  assert.match(problems, /LIKES not in the enum/);
  assert.match(problems, /names an element that does not exist/);
});

test('deterministic: input order does not matter, the same inventory gives the same bytes, another gives another namespace and serial', () => {
  for (const format of ['spdx', 'cyclonedx'] as const) {
    const a = buildSbom(inventory(), format, CONTEXT).bytes;
    const shuffled = inventory();
    shuffled.components.reverse();
    shuffled.tools.reverse();
    shuffled.subject.dependsOn.reverse();
    assert.ok(buildSbom(shuffled, format, CONTEXT).bytes.equals(a), format);
    const other = buildSbom(inventory({ subject: { ...inventory().subject, sha256: 'd'.repeat(64) } }), format, CONTEXT);
    const id = (b: Buffer) => JSON.parse(b.toString('utf8'))[format === 'spdx' ? 'documentNamespace' : 'serialNumber'];
    assert.notEqual(id(other.bytes), id(a), `${format}: a different module is a different document`);
  }
});

test('a license that is not an SPDX expression is left out, never guessed', () => {
  const doc = JSON.parse(buildSbom(inventory({ subject: { ...inventory().subject, license: 'see LICENSE.txt, all rights reserved!' } }), 'spdx', CONTEXT).bytes.toString('utf8'));
  assert.equal(doc.packages[0].licenseDeclared, 'NOASSERTION');
});

test('sbomFormatOf names the format from a media type or a predicate type', () => {
  assert.equal(sbomFormatOf('application/spdx+json'), 'spdx');
  assert.equal(sbomFormatOf('https://cyclonedx.org/bom'), 'cyclonedx');
  assert.equal(sbomFormatOf('application/vnd.wasmpack.wamr.aot.v1'), undefined);
});

test('the sbom config key takes spdx, cyclonedx or none; anything else is CONFIG_INVALID naming the field', async () => {
  const { validateConfig } = await import('../../../src/config/load.js');
  for (const sbom of ['spdx', 'cyclonedx', 'none']) assert.equal((await validateConfig({ sbom }, 'wasmpack.json')).sbom, sbom);
  await assert.rejects(validateConfig({ sbom: 'xml' }, 'wasmpack.json'), (err: any) => err.code === 'CONFIG_INVALID' && /sbom/.test(err.message));
});
