import { createHash } from 'node:crypto';
import { canonicalJson } from '../oci/canonical-json.js';
import { contentHash, isoSeconds, licenseExpression } from './identity.js';
import type { Component, Inventory } from './inventory.js';

// SPDX 2.3 JSON. https://spdx.github.io/spdx-spec/v2.3/
// Written by hand rather than with a library: the document is a few fixed fields per package,
// and canonical JSON (sorted keys) is what makes its bytes reproducible.

const NOASSERTION = 'NOASSERTION';
const MODULE_ID = 'SPDXRef-Package-module';

export interface SbomContext {
  /** The image clock (seconds): the document's creation time. */
  timestamp: number;
  /** "wasmpack-0.1.0": the creating tool. */
  creator: string;
}

export function spdxDocument(inventory: Inventory, context: SbomContext): Record<string, unknown> {
  const ids = new Map(inventory.components.map((c) => [c.ref, spdxId(c.ref)]));
  const moduleLicense = licenseExpression(inventory.subject.license);
  const module = {
    SPDXID: MODULE_ID,
    name: inventory.subject.name,
    ...(inventory.subject.version ? { versionInfo: inventory.subject.version } : {}),
    downloadLocation: NOASSERTION,
    filesAnalyzed: false,
    primaryPackagePurpose: 'APPLICATION',
    checksums: [{ algorithm: 'SHA256', checksumValue: inventory.subject.sha256 }],
    licenseConcluded: NOASSERTION,
    licenseDeclared: moduleLicense ?? NOASSERTION,
    copyrightText: NOASSERTION,
    comment: `The WebAssembly module (${inventory.language}) the image runs, identified by its sha256.`,
  };
  const packages = [module, ...inventory.components.map((c) => spdxPackage(c, ids.get(c.ref)!))];
  const relationships: Array<Record<string, string>> = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: MODULE_ID }];
  for (const ref of inventory.subject.dependsOn) relationships.push(relation(MODULE_ID, inventory.components.find((c) => c.ref === ref)!, ids));
  for (const c of inventory.components) {
    for (const dep of c.dependsOn ?? []) {
      const target = ids.get(dep);
      if (target) relationships.push({ spdxElementId: ids.get(c.ref)!, relationshipType: 'DEPENDS_ON', relatedSpdxElement: target });
    }
  }
  const tools = inventory.tools.map((t) => `Tool: ${t.name}${t.version ? `-${t.version}` : ''}`);
  const body = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${inventory.subject.name}.wasm`,
    creationInfo: { created: isoSeconds(context.timestamp), creators: [`Tool: ${context.creator}`, ...tools] },
    documentDescribes: [MODULE_ID],
    packages,
    relationships,
  };
  // The namespace must be unique per document: the content's hash is, and it is reproducible.
  return { ...body, documentNamespace: `https://spdx.org/spdxdocs/${encodeURIComponent(inventory.subject.name)}-${contentHash(body)}` };
}

export function spdxBytes(inventory: Inventory, context: SbomContext): Buffer {
  return canonicalJson(spdxDocument(inventory, context));
}

function spdxPackage(c: Component, id: string): Record<string, unknown> {
  const license = licenseExpression(c.license);
  return {
    SPDXID: id,
    name: c.name,
    ...(c.version ? { versionInfo: c.version } : {}),
    downloadLocation: c.source && /^https?:\/\//.test(c.source) ? c.source : NOASSERTION,
    filesAnalyzed: false,
    primaryPackagePurpose: c.kind === 'file' ? 'SOURCE' : c.kind === 'application' ? 'APPLICATION' : c.kind === 'framework' ? 'FRAMEWORK' : 'LIBRARY',
    ...(c.checksums?.length ? { checksums: c.checksums.map((s) => ({ algorithm: s.algorithm, checksumValue: s.value })) } : {}),
    licenseConcluded: NOASSERTION,
    licenseDeclared: license ?? NOASSERTION,
    copyrightText: NOASSERTION,
    ...(c.purl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: c.purl }] } : {}),
    ...(c.source && !/^https?:\/\//.test(c.source) ? { sourceInfo: `from ${c.source}` } : {}),
  };
}

/** The module depends on a library and is generated from a source file. */
function relation(from: string, to: Component, ids: Map<string, string>): Record<string, string> {
  return to.kind === 'file'
    ? { spdxElementId: from, relationshipType: 'GENERATED_FROM', relatedSpdxElement: ids.get(to.ref)! }
    : { spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: ids.get(to.ref)! };
}

/** SPDXRef-[A-Za-z0-9.-]+, readable, and unique by a short hash of the ref. */
function spdxId(ref: string): string {
  const readable = ref.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `SPDXRef-Package-${readable}-${createHash('sha256').update(ref).digest('hex').slice(0, 8)}`;
}
