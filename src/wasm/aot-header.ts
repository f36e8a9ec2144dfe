import { open } from 'node:fs/promises';
import { WasmpackError } from '../errors.js';

/**
 * Reads the fixed start of a WAMR `.aot` file: magic, format version and the target-info
 * section. Our own reader, written from the layout WAMR emits
 * (core/iwasm/compilation/aot_emit_aot_file.c: aot_emit_file_header, aot_emit_target_info_section)
 * and checks (core/iwasm/aot/aot_loader.c: load_target_info_section):
 *
 *   0  u8[4]  magic "\0aot"
 *   4  u32    AOT format version (the loader demands an exact match)
 *   8  u32    section type: 0 = target info (sections start 4-byte aligned; 8 already is)
 *  12  u32    section size
 *  16  u16    bin_type   (bit 0 set: big endian; bit 1 set: 64-bit)
 *  18  u16    abi_type
 *  20  u16    e_type     (1 = relocatable, 0xFE = XIP)
 *  22  u16    e_machine  (ELF machine: 62 x86-64, 183 AArch64, ...)
 *  24  u32    e_version
 *  28  u32    e_flags
 *  32  u64    feature_flags, u64 reserved   (format >= 4 and WAMR 2.x; WAMR 1.x had one u32 reserved)
 *  ..  char[16] arch, NUL-terminated ("x86_64", "aarch64v8", ...): always the last 16 bytes
 *
 * Every integer is little endian: WAMR swaps on big-endian build hosts before writing.
 */

export const AOT_MAGIC = Buffer.from([0x00, 0x61, 0x6f, 0x74]); // "\0aot"
const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]); // "\0asm"
const TARGET_INFO_SECTION = 0;
const ARCH_LENGTH = 16;
/** bin_type .. e_flags (16 bytes), then at least one u32 reserved, then arch. */
const MIN_TARGET_INFO_SIZE = 16 + 4 + ARCH_LENGTH;
/** Enough bytes for any target-info section WAMR has written. */
export const AOT_HEADER_READ_SIZE = 256;

// ELF e_machine values WAMR's loader knows (aot_loader.c E_MACHINE_*), plus the COFF ones it maps.
export const ElfMachine = {
  i386: 3,
  mips: 8,
  arm: 40,
  arc: 45,
  x86_64: 62,
  arcCompact: 93,
  xtensa: 94,
  aarch64: 183,
  arcCompact2: 195,
  riscv: 243,
  winI386: 0x14c,
  winX86_64: 0x8664,
} as const;

const MACHINE_NAMES: Record<number, string> = {
  3: 'i386',
  8: 'mips',
  40: 'arm',
  45: 'arc',
  62: 'x86_64',
  93: 'arc',
  94: 'xtensa',
  183: 'aarch64',
  195: 'arc',
  243: 'riscv',
  0x14c: 'i386 (COFF)',
  0x8664: 'x86_64 (COFF)',
};

export function machineName(machine: number): string {
  return MACHINE_NAMES[machine] ?? `unknown machine ${machine}`;
}

export interface AotHeader {
  formatVersion: number;
  binType: number;
  littleEndian: boolean;
  is64Bit: boolean;
  abiType: number;
  eType: number;
  /** ELF e_machine of the native code inside. */
  machine: number;
  eVersion: number;
  eFlags: number;
  /** WASM_FEATURE_* bits (SIMD, bulk memory, threads, ...); undefined in WAMR 1.x files. */
  featureFlags?: bigint;
  /** The target arch string wamrc recorded ("x86_64", "aarch64v8"). */
  arch: string;
}

/** Parses the start of an .aot file; `what` names it in errors. Throws AOT_BAD_HEADER. */
export function parseAotHeader(bytes: Buffer, what = 'the .aot file'): AotHeader {
  const bad = (why: string): never => {
    throw new WasmpackError(
      'AOT_BAD_HEADER',
      `${what} is not a WAMR AOT file: ${why}`,
      'wamrc wrote something unexpected: check that WAMRC (or aot.wamrc) points at WAMR\'s wamrc and run it by hand on the module to see its own output',
    );
  };
  if (bytes.length < 8) bad(`it is ${bytes.length} bytes long, shorter than the 8-byte magic and version`);
  if (!bytes.subarray(0, 4).equals(AOT_MAGIC)) {
    const magic = bytes.subarray(0, 4);
    bad(magic.equals(WASM_MAGIC) ? 'it starts with the wasm magic \\0asm (a module, not AOT code)' : `its magic is ${hex(magic)}, not 00 61 6f 74 ("\\0aot")`);
  }
  const formatVersion = bytes.readUInt32LE(4);
  if (bytes.length < 16) bad('it ends before the target-info section header (truncated)');
  const sectionType = bytes.readUInt32LE(8);
  const sectionSize = bytes.readUInt32LE(12);
  if (sectionType !== TARGET_INFO_SECTION) bad(`its first section is type ${sectionType}, not the target-info section (0)`);
  if (sectionSize < MIN_TARGET_INFO_SIZE || sectionSize > AOT_HEADER_READ_SIZE - 16) bad(`its target-info section claims ${sectionSize} bytes`);
  if (bytes.length < 16 + sectionSize) bad(`it ends inside the target-info section (${bytes.length} of ${16 + sectionSize} bytes: truncated)`);
  const section = bytes.subarray(16, 16 + sectionSize);
  const archBytes = section.subarray(sectionSize - ARCH_LENGTH);
  // The loader refuses an arch string whose last byte is not NUL ("invalid arch string").
  if (archBytes[ARCH_LENGTH - 1] !== 0) bad('its arch string is not NUL-terminated');
  const nul = archBytes.indexOf(0);
  const arch = archBytes.subarray(0, nul).toString('latin1');
  const binType = section.readUInt16LE(0);
  const header: AotHeader = {
    formatVersion,
    binType,
    littleEndian: (binType & 1) === 0,
    is64Bit: (binType & 2) !== 0,
    abiType: section.readUInt16LE(2),
    eType: section.readUInt16LE(4),
    machine: section.readUInt16LE(6),
    eVersion: section.readUInt32LE(8),
    eFlags: section.readUInt32LE(12),
    arch,
  };
  // WAMR 2.x: feature_flags u64 + reserved u64 between e_flags and arch.
  if (sectionSize >= 16 + 16 + ARCH_LENGTH) header.featureFlags = section.readBigUInt64LE(16);
  return header;
}

/** Reads and parses the header of the .aot file at `path`. */
export async function readAotHeader(path: string): Promise<AotHeader> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(AOT_HEADER_READ_SIZE);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return parseAotHeader(buffer.subarray(0, bytesRead), path);
  } finally {
    await handle.close();
  }
}

function hex(bytes: Buffer): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(' ') || '(empty)';
}
