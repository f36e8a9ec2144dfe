import { inflateSync } from 'node:zlib';
import { ByteReader, type WasmSection } from '../../wasm/binary.js';
import { readRanges } from '../../wasm/scan.js';
import type { Component, Tool } from '../inventory.js';
import { cargoPurl } from './purl.js';

// What a module says about itself: the `producers` section (languages, the tools that processed
// it, SDKs), and the `.dep-v0` section cargo-auditable embeds (zlib-compressed JSON of every crate).
// https://github.com/WebAssembly/tool-conventions/blob/main/ProducersSection.md
// https://github.com/rust-secure-code/cargo-auditable/blob/master/PARSING.md

export const PRODUCERS_SECTION = 'producers';
export const AUDITABLE_SECTION = '.dep-v0';

export interface Producers {
  language: Tool[];
  'processed-by': Tool[];
  sdk: Tool[];
}

export function parseProducers(payload: Uint8Array): Producers {
  const out: Producers = { language: [], 'processed-by': [], sdk: [] };
  const reader = new ByteReader(payload);
  reader.name(); // the section name, "producers"
  const fields = reader.u32();
  for (let i = 0; i < fields; i++) {
    const field = reader.name();
    const count = reader.u32();
    for (let j = 0; j < count; j++) {
      const name = reader.name();
      const version = reader.name();
      if (field === 'language' || field === 'processed-by' || field === 'sdk') out[field].push({ name, ...(version ? { version } : {}) });
    }
  }
  return out;
}

interface AuditablePackage {
  name: string;
  version: string;
  source?: string;
  kind?: 'runtime' | 'build';
  dependencies?: number[];
  root?: boolean;
}

export interface AuditableDependencies {
  components: Component[];
  direct: string[];
  root?: { name: string; version: string };
}

/** The crates cargo-auditable recorded: every package but the root, with its dependency edges. */
export function parseAuditable(payload: Uint8Array): AuditableDependencies {
  const reader = new ByteReader(payload);
  reader.name(); // the section name, ".dep-v0"
  const doc = JSON.parse(inflateSync(payload.subarray(reader.pos)).toString('utf8')) as { packages?: AuditablePackage[] };
  const packages = doc.packages ?? [];
  const refOf = (p: AuditablePackage) => `cargo:${p.name}@${p.version}`;
  const root = packages.find((p) => p.root);
  const components = packages
    .filter((p) => p !== root)
    .map((p): Component => ({
      ref: refOf(p),
      kind: 'library',
      name: p.name,
      version: p.version,
      purl: cargoPurl(p.name, p.version),
      source: p.source === 'crates.io' ? `https://crates.io/crates/${p.name}` : `${p.source ?? 'unknown'} (recorded by cargo-auditable)`,
      dependsOn: (p.dependencies ?? []).map((i) => packages[i]).filter((d): d is AuditablePackage => d !== undefined && d !== root).map(refOf),
    }));
  const direct = root ? (root.dependencies ?? []).map((i) => packages[i]).filter((d): d is AuditablePackage => d !== undefined).map(refOf) : components.map((c) => c.ref);
  return { components, direct, ...(root ? { root: { name: root.name, version: root.version } } : {}) };
}

export interface ModuleFacts {
  producers?: Producers;
  auditable?: AuditableDependencies;
}

/** Reads the two sections from the module file (their payloads only), when it has them. */
export async function moduleFacts(path: string, sections: readonly WasmSection[]): Promise<ModuleFacts> {
  const facts: ModuleFacts = {};
  const producers = sections.find((s) => s.customName === PRODUCERS_SECTION);
  const auditable = sections.find((s) => s.customName === AUDITABLE_SECTION);
  // A section that does not parse is left out: these are facts the module volunteers, not the build's own inputs.
  if (producers) facts.producers = await readRanges(path, [{ start: producers.payloadStart, end: producers.end }]).then(parseProducers).catch(() => undefined);
  if (auditable) facts.auditable = await readRanges(path, [{ start: auditable.payloadStart, end: auditable.end }]).then(parseAuditable).catch(() => undefined);
  if (!facts.producers) delete facts.producers;
  if (!facts.auditable) delete facts.auditable;
  return facts;
}

/** The tools a producers section names: what processed the module and the SDKs it was built with. */
export function producerTools(producers: Producers | undefined): Tool[] {
  return producers ? [...producers['processed-by'], ...producers.sdk] : [];
}
