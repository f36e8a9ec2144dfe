import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/wasm/aot-header.ts
import { open } from "node:fs/promises";
var AOT_MAGIC = Buffer.from([0, 97, 111, 116]), WASM_MAGIC = Buffer.from([0, 97, 115, 109]), TARGET_INFO_SECTION = 0, ARCH_LENGTH = 16, MIN_TARGET_INFO_SIZE = 20 + ARCH_LENGTH, AOT_HEADER_READ_SIZE = 256, ElfMachine = {
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
  winI386: 332,
  winX86_64: 34404
}, MACHINE_NAMES = {
  3: "i386",
  8: "mips",
  40: "arm",
  45: "arc",
  62: "x86_64",
  93: "arc",
  94: "xtensa",
  183: "aarch64",
  195: "arc",
  243: "riscv",
  332: "i386 (COFF)",
  34404: "x86_64 (COFF)"
};
function machineName(machine) {
  return MACHINE_NAMES[machine] ?? `unknown machine ${machine}`;
}
__name(machineName, "machineName");
function parseAotHeader(bytes, what = "the .aot file") {
  let bad = /* @__PURE__ */ __name((why) => {
    throw new WasmpackError(
      "AOT_BAD_HEADER",
      `${what} is not a WAMR AOT file: ${why}`,
      "wamrc wrote something unexpected: check that WAMRC (or aot.wamrc) points at WAMR's wamrc and run it by hand on the module to see its own output"
    );
  }, "bad");
  if (bytes.length < 8 && bad(`it is ${bytes.length} bytes long, shorter than the 8-byte magic and version`), !bytes.subarray(0, 4).equals(AOT_MAGIC)) {
    let magic = bytes.subarray(0, 4);
    bad(magic.equals(WASM_MAGIC) ? "it starts with the wasm magic \\0asm (a module, not AOT code)" : `its magic is ${hex(magic)}, not 00 61 6f 74 ("\\0aot")`);
  }
  let formatVersion = bytes.readUInt32LE(4);
  bytes.length < 16 && bad("it ends before the target-info section header (truncated)");
  let sectionType = bytes.readUInt32LE(8), sectionSize = bytes.readUInt32LE(12);
  sectionType !== TARGET_INFO_SECTION && bad(`its first section is type ${sectionType}, not the target-info section (0)`), (sectionSize < MIN_TARGET_INFO_SIZE || sectionSize > AOT_HEADER_READ_SIZE - 16) && bad(`its target-info section claims ${sectionSize} bytes`), bytes.length < 16 + sectionSize && bad(`it ends inside the target-info section (${bytes.length} of ${16 + sectionSize} bytes: truncated)`);
  let section = bytes.subarray(16, 16 + sectionSize), archBytes = section.subarray(sectionSize - ARCH_LENGTH);
  archBytes[ARCH_LENGTH - 1] !== 0 && bad("its arch string is not NUL-terminated");
  let nul = archBytes.indexOf(0), arch = archBytes.subarray(0, nul).toString("latin1"), binType = section.readUInt16LE(0), header = {
    formatVersion,
    binType,
    littleEndian: (binType & 1) === 0,
    is64Bit: (binType & 2) !== 0,
    abiType: section.readUInt16LE(2),
    eType: section.readUInt16LE(4),
    machine: section.readUInt16LE(6),
    eVersion: section.readUInt32LE(8),
    eFlags: section.readUInt32LE(12),
    arch
  };
  return sectionSize >= 32 + ARCH_LENGTH && (header.featureFlags = section.readBigUInt64LE(16)), header;
}
__name(parseAotHeader, "parseAotHeader");
async function readAotHeader(path) {
  let handle = await open(path, "r");
  try {
    let buffer = Buffer.alloc(AOT_HEADER_READ_SIZE), { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return parseAotHeader(buffer.subarray(0, bytesRead), path);
  } finally {
    await handle.close();
  }
}
__name(readAotHeader, "readAotHeader");
function hex(bytes) {
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(" ") || "(empty)";
}
__name(hex, "hex");

export {
  AOT_MAGIC,
  ElfMachine,
  machineName,
  readAotHeader
};
