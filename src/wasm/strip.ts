import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { WasmpackError } from '../errors.js';
import { CUSTOM_SECTION_ID, WasmFormatError, readHeader, readSections } from './binary.js';

export interface StripResult {
  before: number;
  after: number;
  /** Names of the custom sections dropped, in file order (a name repeats if the file repeats it). */
  removed: string[];
}

/**
 * Which custom sections are debug information and safe to drop. Nothing that changes how the
 * module runs lives in a custom section (the spec forbids it), so dropping any is safe; these are
 * the ones that are only for debuggers and stack traces:
 * - `name`: function/local names (wabt, stack traces with names).
 * - `.debug_*`: DWARF, usually most of a debug build's size.
 * - `sourceMappingURL`, `external_debug_info`: pointers to debug info elsewhere.
 * Kept on purpose:
 * - `producers`: a few dozen bytes naming the language and toolchain; SBOM and scanning tools read it.
 * - `target_features`: tells wasm-opt and linkers which features the code uses; tiny.
 * - anything else (`dylink.0`, `component-type:*`, `linking`): may matter to a loader or a linker.
 */
export function isDebugSection(name: string): boolean {
  return name === 'name' || name.startsWith('.debug') || name === 'sourceMappingURL' || name === 'external_debug_info';
}

/**
 * Copies `input` to `output` without the debug custom sections. Every other section is copied
 * byte for byte, in order (no re-encoding), so the result is deterministic and the code is the
 * code that was built. For a component only its top-level sections are considered: debug info of
 * embedded core modules stays. The output is written atomically (temp file + rename).
 */
export async function stripModule(input: string, output: string): Promise<StripResult> {
  const bytes = await readFile(input);
  let kept: Buffer[];
  const removed: string[] = [];
  try {
    readHeader(bytes, input);
    kept = [bytes.subarray(0, 8)];
    for (const section of readSections(bytes)) {
      if (section.id === CUSTOM_SECTION_ID && isDebugSection(section.customName!)) removed.push(section.customName!);
      else kept.push(bytes.subarray(section.start, section.end));
    }
  } catch (err) {
    if (err instanceof WasmFormatError) {
      throw new WasmpackError('WASM_INVALID', `cannot strip ${input}: ${err.message}`, 'rebuild the module; the file looks truncated or corrupt');
    }
    throw err;
  }
  const stripped = Buffer.concat(kept);
  const temp = `${output}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temp, stripped);
    await rename(temp, output);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
  return { before: bytes.length, after: stripped.length, removed };
}
