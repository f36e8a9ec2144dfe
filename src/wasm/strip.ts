import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { WasmpackError } from '../errors.js';
import { replaceFile } from '../files/atomic.js';
import { CUSTOM_SECTION_ID, HEADER_SIZE, WasmFormatError, type WasmSection } from './binary.js';
import { coalesce, scanModuleFile, streamRanges, type ByteRange } from './scan.js';

export interface StripResult {
  before: number;
  after: number;
  /** Names of the custom sections dropped, in file order (a name repeats if the file repeats it). */
  removed: string[];
}

export interface StripPlan extends StripResult {
  /** The byte ranges of the input that make up the stripped module, in order. */
  kept: ByteRange[];
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
 * What stripping keeps, from the section walk alone: the header and every section but the debug
 * custom sections, as byte ranges of the original file. Nothing is copied here; the build streams
 * the kept ranges once into its layer, so a stripped module never exists as a second file or buffer.
 * For a component only its top-level sections are considered: debug info of embedded core
 * modules stays.
 */
export function planStrip(sections: readonly WasmSection[], size: number): StripPlan {
  const kept: ByteRange[] = [{ start: 0, end: HEADER_SIZE }];
  const removed: string[] = [];
  for (const section of sections) {
    if (section.id === CUSTOM_SECTION_ID && isDebugSection(section.customName!)) removed.push(section.customName!);
    else kept.push({ start: section.start, end: section.end });
  }
  const ranges = coalesce(kept);
  return { kept: ranges, removed, before: size, after: ranges.reduce((n, r) => n + (r.end - r.start), 0) };
}

/** Keeps every byte: the plan of an unstripped build. */
export function keepAll(size: number): StripPlan {
  return { kept: [{ start: 0, end: size }], removed: [], before: size, after: size };
}

/**
 * Copies `input` to `output` without the debug custom sections. Every other section is copied
 * byte for byte, in order (no re-encoding), so the result is deterministic and the code is the
 * code that was built. The copy streams (bounded memory) and the output is written atomically
 * (temp file + rename); `output` may be `input`.
 */
export async function stripModule(input: string, output: string): Promise<StripResult> {
  let plan: StripPlan;
  try {
    const scan = await scanModuleFile(input);
    plan = planStrip(scan.sections, scan.size);
  } catch (err) {
    if (err instanceof WasmFormatError) {
      throw new WasmpackError('WASM_INVALID', `cannot strip ${input}: ${err.message}`, 'rebuild the module; the file looks truncated or corrupt');
    }
    throw err;
  }
  await replaceFile(output, (temp) => writeRanges(input, plan.kept, temp));
  return { before: plan.before, after: plan.after, removed: plan.removed };
}

async function writeRanges(input: string, ranges: readonly ByteRange[], dest: string): Promise<void> {
  await pipeline(streamRanges(input, ranges), createWriteStream(dest));
}
