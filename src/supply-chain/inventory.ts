// What went into a module, in neither SBOM format: the collectors (rust, go, c, prebuilt) fill
// it from the build's own inputs, the writers (spdx, cyclonedx) turn it into a document.

export type ComponentKind = 'library' | 'application' | 'framework' | 'file';

export interface Checksum {
  /** SPDX names (SHA256, SHA1); both formats take a lowercase hex value. */
  algorithm: 'SHA256' | 'SHA1';
  value: string;
}

export interface Component {
  /** Unique inside one inventory ("cargo:serde@1.0.1"): relationships name components by it. */
  ref: string;
  kind: ComponentKind;
  name: string;
  version?: string;
  /** Package URL (https://github.com/package-url/purl-spec): pkg:cargo/serde@1.0.1. */
  purl?: string;
  checksums?: Checksum[];
  /** Where it came from ("registry+https://github.com/rust-lang/crates.io-index", a file path). */
  source?: string;
  /** An SPDX license expression, when the package's manifest declares one. */
  license?: string;
  /** Components this one depends on, by ref. */
  dependsOn?: string[];
}

/** A tool of the build (compiler, linker, wasm-opt): recorded as a creator, not as a package of the module. */
export interface Tool {
  name: string;
  version?: string;
}

export interface Inventory {
  /** The module the SBOM describes: the image's one module, named by its sha256. */
  subject: {
    name: string;
    version?: string;
    /** Lowercase hex sha256 of the module's bytes as they are in the image. */
    sha256: string;
    /** The project's license, when it declares one. */
    license?: string;
    /** The module's direct dependencies, by ref (the rest follows through dependsOn). */
    dependsOn: string[];
  };
  /** Everything compiled or linked into the module, sorted by ref. */
  components: Component[];
  /** What built it. */
  tools: Tool[];
  /** The source language ("rust", "c", "go", "wasm"), for the document's comment. */
  language: string;
}

/** Sorted by ref, duplicates dropped: the order of the collectors' input never reaches the bytes. */
export function normalizeInventory(inventory: Inventory): Inventory {
  const byRef = new Map<string, Component>();
  for (const c of inventory.components) if (!byRef.has(c.ref)) byRef.set(c.ref, { ...c, ...(c.dependsOn ? { dependsOn: [...new Set(c.dependsOn)].filter((d) => d !== c.ref).sort() } : {}) });
  const components = [...byRef.values()].sort((a, b) => compare(a.ref, b.ref));
  const tools = [...new Map(inventory.tools.map((t) => [`${t.name}@${t.version ?? ''}`, t])).values()].sort((a, b) => compare(`${a.name}@${a.version ?? ''}`, `${b.name}@${b.version ?? ''}`));
  const dependsOn = [...new Set(inventory.subject.dependsOn)].filter((d) => byRef.has(d)).sort();
  return { ...inventory, subject: { ...inventory.subject, dependsOn }, components, tools };
}

/** Code-unit order, the same on every machine and locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
