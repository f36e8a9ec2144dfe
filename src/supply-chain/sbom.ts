import { cyclonedxBytes } from './cyclonedx.js';
import { sbomAttachment, type Attachment, type SbomFormat } from './documents.js';
import { normalizeInventory, type Inventory } from './inventory.js';
import { spdxBytes, type SbomContext } from './spdx.js';

export type { SbomContext } from './spdx.js';

/** An inventory as an SBOM document of `format`: the same inventory and context give the same bytes. */
export function buildSbom(inventory: Inventory, format: SbomFormat, context: SbomContext): Attachment {
  const normalized = normalizeInventory(inventory);
  return sbomAttachment(format, format === 'spdx' ? spdxBytes(normalized, context) : cyclonedxBytes(normalized, context));
}

/** The file name an SBOM layer carries (org.opencontainers.image.title). */
export function sbomFileName(moduleName: string, format: SbomFormat): string {
  return `${moduleName}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`;
}
