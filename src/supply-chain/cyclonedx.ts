import { canonicalJson } from '../oci/canonical-json.js';
import { contentHash, contentUuid, isoSeconds, licenseExpression } from './identity.js';
import type { Component, Inventory } from './inventory.js';
import type { SbomContext } from './spdx.js';

// CycloneDX 1.6 JSON. https://cyclonedx.org/docs/1.6/json/
// @cyclonedx/cyclonedx-library validates what we write (a dev dependency, in the tests) but does
// not write it: its model and normalizers would add several hundred KB to bin/wasmpack.js, loaded
// on every build, for a document of a few fixed fields per component.

const MODULE_REF = 'module';

export function cyclonedxDocument(inventory: Inventory, context: SbomContext): Record<string, unknown> {
  const license = licenseExpression(inventory.subject.license);
  const [creatorName, creatorVersion] = splitCreator(context.creator);
  const body = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    metadata: {
      timestamp: isoSeconds(context.timestamp),
      tools: {
        components: [
          { type: 'application', name: creatorName, ...(creatorVersion ? { version: creatorVersion } : {}) },
          ...inventory.tools.map((t) => ({ type: 'application', name: t.name, ...(t.version ? { version: t.version } : {}) })),
        ],
      },
      component: {
        type: 'application',
        'bom-ref': MODULE_REF,
        name: inventory.subject.name,
        ...(inventory.subject.version ? { version: inventory.subject.version } : {}),
        hashes: [{ alg: 'SHA-256', content: inventory.subject.sha256 }],
        ...(license ? { licenses: [{ expression: license }] } : {}),
        description: `The WebAssembly module (${inventory.language}) the image runs, identified by its sha256.`,
      },
    },
    components: inventory.components.map(component),
    dependencies: [
      { ref: MODULE_REF, dependsOn: inventory.subject.dependsOn },
      ...inventory.components.map((c) => ({ ref: c.ref, dependsOn: c.dependsOn ?? [] })),
    ],
  };
  return { ...body, serialNumber: `urn:uuid:${contentUuid(contentHash(body))}` };
}

export function cyclonedxBytes(inventory: Inventory, context: SbomContext): Buffer {
  return canonicalJson(cyclonedxDocument(inventory, context));
}

function component(c: Component): Record<string, unknown> {
  const license = licenseExpression(c.license);
  return {
    type: c.kind,
    'bom-ref': c.ref,
    name: c.name,
    ...(c.version ? { version: c.version } : {}),
    ...(c.purl ? { purl: c.purl } : {}),
    ...(c.checksums?.length ? { hashes: c.checksums.map((s) => ({ alg: s.algorithm === 'SHA256' ? 'SHA-256' : 'SHA-1', content: s.value })) } : {}),
    ...(license ? { licenses: [{ expression: license }] } : {}),
    ...(c.source ? { properties: [{ name: 'wasmpack:source', value: c.source }] } : {}),
  };
}

function splitCreator(creator: string): [string, string | undefined] {
  const at = creator.lastIndexOf('-');
  return at > 0 && /^\d/.test(creator.slice(at + 1)) ? [creator.slice(0, at), creator.slice(at + 1)] : [creator, undefined];
}
