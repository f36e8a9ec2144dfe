import type { Runner } from '../../process/exec.js';
import type { BuildInputs, Language } from '../../toolchains/driver.js';
import type { WasmSection } from '../../wasm/binary.js';
import type { Component, Inventory, Tool } from '../inventory.js';
import { cDependencies } from './c.js';
import { goDependencies, goStdlib } from './go.js';
import { moduleFacts, producerTools } from './module.js';
import { rustDependencies } from './rust.js';

// The SBOM's content, from what the build really used (scanning a wasm image finds nothing):
// Cargo.lock, `go list -m -json all`, the C compiler, libc and sources, and what the module's
// own custom sections say. Every tool runs through the injected runner.

export interface InventoryRequest {
  language: Language;
  /** The project directory. */
  dir: string;
  /** The module as compiled (before stripping: cargo-auditable's section may not survive it). */
  modulePath: string;
  /** Its sections, already walked by validation. */
  sections: readonly WasmSection[];
  /** The module as the image holds it: name and sha256 (hex). */
  name: string;
  sha256: string;
  version?: string;
  license?: string;
  /** The toolchain as the driver described it ("rustc 1.63.0 wasm32-wasi"). */
  toolchain: string;
  inputs?: BuildInputs;
  runner: Runner;
}

export async function collectInventory(request: InventoryRequest): Promise<Inventory> {
  const facts = await moduleFacts(request.modulePath, request.sections);
  const tools: Tool[] = [...producerTools(facts.producers)];
  const toolchain = toolchainTool(request.toolchain);
  if (toolchain) tools.push(toolchain);
  let components: Component[] = [];
  let direct: string[] = [];
  const inputs = request.inputs ?? {};
  switch (request.language) {
    case 'rust': {
      const deps = await rustDependencies(request.dir, inputs.rust?.package ?? request.name);
      if (deps) ({ components, direct } = deps);
      break;
    }
    case 'go': {
      if (inputs.go) ({ components, direct } = await goDependencies(request.runner, inputs.go, request.dir));
      const stdlib = goStdlib(request.toolchain);
      if (stdlib) {
        components.push(stdlib);
        direct.push(stdlib.ref);
      }
      break;
    }
    case 'c': {
      if (inputs.c) {
        const deps = await cDependencies(request.runner, request.dir, inputs.c);
        ({ components, direct } = deps);
        tools.push(...deps.tools);
      }
      break;
    }
    case 'wasm':
      break;
  }
  // A module that carries cargo-auditable's record (a prebuilt one, or a Rust build that used it)
  // adds what it lists; the lock file's entries win where both name a crate.
  if (facts.auditable) {
    components.push(...facts.auditable.components);
    direct.push(...facts.auditable.direct);
  }
  const languages = facts.producers?.language.map((l) => (l.version ? `${l.name} ${l.version}` : l.name)) ?? [];
  return {
    subject: {
      name: request.name,
      ...((request.version ?? facts.auditable?.root?.version) ? { version: request.version ?? facts.auditable?.root?.version } : {}),
      sha256: request.sha256,
      ...(request.license ? { license: request.license } : {}),
      dependsOn: direct,
    },
    components,
    tools,
    language: request.language === 'wasm' ? (languages.length ? `prebuilt; producers: ${languages.join(', ')}` : 'prebuilt') : request.language,
  };
}

/** "rustc 1.63.0 wasm32-wasi" -> rustc 1.63.0; "go1.23.5 GOOS=wasip1" -> go 1.23.5; "tinygo 0.33.0 ..." -> tinygo 0.33.0. */
export function toolchainTool(description: string): Tool | undefined {
  const go = /^go(\d+\.\d+(?:\.\d+)?)\b/.exec(description);
  if (go) return { name: 'go', version: go[1]! };
  const m = /^(\S+?)(?:-\d+)?\s+(?:\S+\s+)?v?(\d+\.\d+(?:\.\d+)?)\b/.exec(description);
  if (m && !m[1]!.includes('/')) return { name: m[1]!, version: m[2]! };
  return undefined;
}
