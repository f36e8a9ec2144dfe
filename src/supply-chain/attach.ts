import type { ManifestNode, Descriptor } from '../oci/content.js';
import { digestHex } from '../oci/digest.js';
import type { Runner } from '../process/exec.js';
import type { BuildInputs, Language } from '../toolchains/driver.js';
import type { WasmSection } from '../wasm/binary.js';
import { packageVersion } from '../package-info.js';
import { collectInventory, toolchainTool } from './collect/index.js';
import { DEFAULT_SBOM, type SbomChoice, type SupplyChainDocuments } from './documents.js';
import { buildProvenance } from './provenance.js';
import { attachmentReferrer } from './referrer.js';
import { buildSbom, sbomFileName } from './sbom.js';

// The one call a build makes: the SBOM and the provenance of the image it just assembled, and the
// referrers to store beside it (the SBOM; provenance is only ever attached signed).

export interface SupplyChainRequest {
  sbom?: SbomChoice;
  language: Language;
  dir: string;
  /** The module as compiled, its sections, its name and what the driver reported. */
  module: { path: string; sections: readonly WasmSection[]; name: string; version?: string; license?: string; toolchain: string; inputs?: BuildInputs };
  /** The module's digest as the image holds it (sha256:...). */
  moduleDigest: string;
  /** The image's manifest: every referrer's subject. */
  image: Descriptor;
  /** The image clock (seconds). */
  timestamp: number;
  /** The build's user-facing parameters (flags and config; never credentials) for provenance. */
  parameters: Record<string, unknown>;
  /** What wasmpack decided itself (image format and the like). */
  internal: Record<string, unknown>;
  source: { uri?: string; revision?: string };
  runner: Runner;
  env: NodeJS.ProcessEnv;
}

export interface SupplyChainOutcome {
  documents: SupplyChainDocuments;
  /** Manifests whose subject is the image (the bare SBOM). */
  referrers: ManifestNode[];
  /** For the build's summary line: "SBOM spdx, 5 packages". */
  summary?: { format: 'spdx' | 'cyclonedx'; packages: number; digest: string };
}

export async function supplyChain(request: SupplyChainRequest): Promise<SupplyChainOutcome> {
  const choice = request.sbom ?? DEFAULT_SBOM;
  const creator = `wasmpack-${packageVersion()}`;
  const documents: SupplyChainDocuments = {};
  const referrers: ManifestNode[] = [];
  let summary: SupplyChainOutcome['summary'];
  let tools = [toolchainTool(request.module.toolchain)].filter((t) => t !== undefined);
  if (choice !== 'none') {
    const inventory = await collectInventory({
      language: request.language,
      dir: request.dir,
      modulePath: request.module.path,
      sections: request.module.sections,
      name: request.module.name,
      sha256: digestHex(request.moduleDigest),
      ...(request.module.version ? { version: request.module.version } : {}),
      ...(request.module.license ? { license: request.module.license } : {}),
      toolchain: request.module.toolchain,
      ...(request.module.inputs ? { inputs: request.module.inputs } : {}),
      runner: request.runner,
    });
    tools = inventory.tools;
    documents.sbom = buildSbom(inventory, choice, { timestamp: request.timestamp, creator });
    const referrer = attachmentReferrer(documents.sbom, { subject: request.image, timestamp: request.timestamp, title: sbomFileName(request.module.name, choice) });
    referrers.push(referrer);
    summary = { format: choice, packages: new Set(inventory.components.map((c) => c.ref)).size, digest: referrer.descriptor.digest };
  }
  documents.provenance = buildProvenance({
    parameters: request.parameters,
    internal: { ...request.internal, wasmpack: packageVersion(), moduleDigest: request.moduleDigest },
    source: request.source,
    toolchains: tools.map((t) => ({ name: t.name, ...(t.version ? { version: t.version } : {}) })),
    timestamp: request.timestamp,
    env: request.env,
  });
  return { documents, referrers, ...(summary ? { summary } : {}) };
}
