import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/wasm/leading-bytes.ts
function describeLeadingBytes(bytes) {
  if (bytes.length === 0) return "is empty";
  let head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16)), hex = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, "0")).join(" "), starts = /* @__PURE__ */ __name((sig) => sig.every((b, i) => head[i] === b), "starts");
  if (starts([127, 69, 76, 70])) return "starts with ELF (a native Linux executable or object, not WebAssembly)";
  if (starts([0, 97, 111, 116])) return "starts with \\0aot (a WAMR AOT file, which only WAMR can load)";
  if (starts([77, 90])) return "starts with MZ (a Windows executable)";
  if (starts([207, 250, 237, 254]) || starts([206, 250, 237, 254]) || starts([202, 254, 186, 190])) return "starts with a Mach-O header (a macOS executable)";
  if (starts([33, 60, 97, 114, 99, 104, 62])) return "starts with !<arch> (a static library archive, not a linked module)";
  if (starts([31, 139])) return "starts with gzip magic (a compressed file)";
  if (bytes.length >= 262 && Buffer.from(bytes.buffer, bytes.byteOffset + 257, 5).toString("latin1") === "ustar") return "is a tar archive";
  if (isMostlyText(bytes)) {
    let text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64)).toString("utf8").trimStart();
    return text.startsWith("(module") || text.startsWith("(component") ? "is WebAssembly text (.wat), not a binary module" : text.startsWith("#!") ? "is a script (starts with #!)" : `is text ("${text.slice(0, 24).replace(/\s+/g, " ")}...")`;
  }
  return `starts with bytes ${hex} instead of 00 61 73 6d (\\0asm)`;
}
__name(describeLeadingBytes, "describeLeadingBytes");
function isMostlyText(bytes) {
  let sample = bytes.subarray(0, Math.min(bytes.length, 512)), printable = 0;
  for (let b of sample) (b === 9 || b === 10 || b === 13 || b >= 32 && b < 127 || b >= 128) && printable++;
  return printable === sample.length;
}
__name(isMostlyText, "isMostlyText");

// src/wasm/binary.ts
var WASM_MAGIC = Buffer.from([0, 97, 115, 109]), HEADER_SIZE = 8, CUSTOM_SECTION_ID = 0, CORE_IMPORT_SECTION_ID = 2, CORE_EXPORT_SECTION_ID = 7, COMPONENT_IMPORT_SECTION_ID = 10, COMPONENT_EXPORT_SECTION_ID = 11, WasmFormatError = class extends Error {
  constructor(message, offset) {
    super(`${message} at offset ${offset}`);
    this.offset = offset;
  }
  offset;
  static {
    __name(this, "WasmFormatError");
  }
  name = "WasmFormatError";
}, ByteReader = class {
  constructor(bytes, pos = 0, end = bytes.length, base = 0) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
    this.base = base;
  }
  bytes;
  pos;
  end;
  base;
  static {
    __name(this, "ByteReader");
  }
  /** The file offset of the cursor. */
  get offset() {
    return this.base + this.pos;
  }
  get done() {
    return this.pos >= this.end;
  }
  byte() {
    if (this.pos >= this.end) throw new WasmFormatError("unexpected end of data", this.base + this.pos);
    return this.bytes[this.pos++];
  }
  /** Unsigned LEB128, at most 5 bytes (u32). */
  u32() {
    let start = this.base + this.pos, result = 0;
    for (let i = 0; i < 5; i++) {
      let b = this.byte();
      if (result += (b & 127) * 2 ** (7 * i), (b & 128) === 0) {
        if (result > 4294967295) throw new WasmFormatError("LEB128 u32 out of range", start);
        return result;
      }
    }
    throw new WasmFormatError("LEB128 u32 longer than 5 bytes", start);
  }
  /** Any LEB128 (signed or unsigned) skipped, up to 10 bytes (u64/s64). */
  skipLeb() {
    let start = this.base + this.pos;
    for (let i = 0; i < 10; i++) if ((this.byte() & 128) === 0) return;
    throw new WasmFormatError("LEB128 longer than 10 bytes", start);
  }
  skip(count) {
    if (this.pos + count > this.end) throw new WasmFormatError(`needs ${count} bytes but only ${this.end - this.pos} remain`, this.base + this.pos);
    this.pos += count;
  }
  /** name ::= vec(byte) as UTF-8. */
  name() {
    let length = this.u32(), start = this.pos;
    this.skip(length);
    try {
      return new TextDecoder("utf-8", { fatal: !0 }).decode(this.bytes.subarray(start, start + length));
    } catch {
      throw new WasmFormatError("name is not valid UTF-8", this.base + start);
    }
  }
};
function hasWasmMagic(bytes) {
  return bytes.length >= 4 && WASM_MAGIC.equals(Buffer.from(bytes.buffer, bytes.byteOffset, 4));
}
__name(hasWasmMagic, "hasWasmMagic");
function headerKind(bytes) {
  if (!(bytes.length < HEADER_SIZE || !hasWasmMagic(bytes)))
    return (bytes[6] | bytes[7] << 8) === 0 ? "module" : "component";
}
__name(headerKind, "headerKind");
function readHeader(bytes, what = "file") {
  if (!hasWasmMagic(bytes))
    throw new WasmpackError("NOT_WASM", `${what} is not a WebAssembly binary: it ${describeLeadingBytes(bytes)}`, "point --wasm at a .wasm built for wasm32-wasi (wasm32-wasip1), e.g. target/wasm32-wasip1/release/app.wasm");
  if (bytes.length < HEADER_SIZE) throw new WasmFormatError("file ends inside the 8-byte header", bytes.length);
  let version = bytes[4] | bytes[5] << 8, layer = bytes[6] | bytes[7] << 8;
  return { kind: headerKind(bytes), version, layer };
}
__name(readHeader, "readHeader");
function truncatedSection(id, size, remaining, start) {
  return new WasmFormatError(`section ${id} declares ${size} bytes but the file ends after ${remaining} (truncated file?)`, start);
}
__name(truncatedSection, "truncatedSection");
function checkVersion(header) {
  if (header.kind === "module" && header.version !== 1)
    throw new WasmFormatError(`unsupported core wasm version ${header.version} (only 1 exists)`, 4);
}
__name(checkVersion, "checkVersion");
function emptyInfo(header, sections) {
  return { ...header, sections, imports: [], exports: [], customSections: [], notes: [], incomplete: [] };
}
__name(emptyInfo, "emptyInfo");
function payloadNeeded(kind, id) {
  return kind === "module" ? id === CORE_IMPORT_SECTION_ID || id === CORE_EXPORT_SECTION_ID : id === COMPONENT_IMPORT_SECTION_ID || id === COMPONENT_EXPORT_SECTION_ID;
}
__name(payloadNeeded, "payloadNeeded");
function readSectionInfo(info, section, reader) {
  if (section.id === CUSTOM_SECTION_ID) info.customSections.push(section.customName);
  else if (payloadNeeded(info.kind, section.id)) info.kind === "module" && section.id === CORE_IMPORT_SECTION_ID ? info.imports.push(...readCoreImports(reader)) : info.kind === "module" && section.id === CORE_EXPORT_SECTION_ID ? info.exports.push(...readCoreExports(reader)) : info.kind === "component" && section.id === COMPONENT_IMPORT_SECTION_ID ? readComponentImports(reader, info) : info.kind === "component" && section.id === COMPONENT_EXPORT_SECTION_ID && readComponentExports(reader, info);
  else return;
}
__name(readSectionInfo, "readSectionInfo");
var CORE_EXTERN_KINDS = ["func", "table", "memory", "global", "tag"];
function coreKind(code, at) {
  let kind = CORE_EXTERN_KINDS[code];
  if (!kind) throw new WasmFormatError(`unknown import/export kind 0x${code.toString(16)}`, at);
  return kind;
}
__name(coreKind, "coreKind");
function readCoreImports(reader) {
  let count = reader.u32(), imports = [];
  for (let i = 0; i < count; i++) {
    let module = reader.name(), name = reader.name(), at = reader.offset, kind = coreKind(reader.byte(), at);
    skipCoreImportDesc(reader, kind), imports.push({ module, name, kind });
  }
  return imports;
}
__name(readCoreImports, "readCoreImports");
function skipCoreImportDesc(reader, kind) {
  switch (kind) {
    case "func":
      reader.u32();
      return;
    case "table":
      skipRefType(reader), skipLimits(reader);
      return;
    case "memory":
      skipLimits(reader);
      return;
    case "global":
      skipValType(reader), reader.byte();
      return;
    case "tag":
      reader.byte(), reader.u32();
      return;
  }
}
__name(skipCoreImportDesc, "skipCoreImportDesc");
function skipLimits(reader) {
  let flags = reader.byte();
  reader.skipLeb(), flags & 1 && reader.skipLeb(), flags & 8 && reader.skipLeb();
}
__name(skipLimits, "skipLimits");
function skipValType(reader) {
  let code = reader.byte();
  (code === 99 || code === 100) && reader.skipLeb();
}
__name(skipValType, "skipValType");
function skipRefType(reader) {
  skipValType(reader);
}
__name(skipRefType, "skipRefType");
function readCoreExports(reader) {
  let count = reader.u32(), exports = [];
  for (let i = 0; i < count; i++) {
    let name = reader.name(), at = reader.offset, kind = coreKind(reader.byte(), at);
    reader.u32(), exports.push({ name, kind });
  }
  return exports;
}
__name(readCoreExports, "readCoreExports");
var COMPONENT_SORTS = { 1: "func", 2: "value", 3: "type", 4: "component", 5: "instance" }, EXTERNTYPE_KINDS = { 0: "module", 1: "func", 2: "value", 3: "type", 4: "component", 5: "instance" };
function readComponentImports(reader, info) {
  readComponentVec(reader, info, "import", () => {
    let name = readNameAttributes(reader), kind = readExternType(reader);
    info.imports.push({ module: "", name, kind });
  });
}
__name(readComponentImports, "readComponentImports");
function readComponentExports(reader, info) {
  readComponentVec(reader, info, "export", () => {
    let name = readNameAttributes(reader), kind = readSort(reader);
    reader.u32();
    let hasType = reader.byte();
    if (hasType === 1) readExternType(reader);
    else if (hasType !== 0) throw new WasmFormatError(`bad optional externtype flag 0x${hasType.toString(16)}`, reader.offset - 1);
    info.exports.push({ name, kind });
  });
}
__name(readComponentExports, "readComponentExports");
function readComponentVec(reader, info, what, readOne) {
  let count = 0;
  try {
    count = reader.u32();
    for (let i = 0; i < count; i++) readOne();
  } catch (err) {
    if (!(err instanceof WasmFormatError)) throw err;
    info.notes.push(`could not decode every component ${what} (${err.message}); the ${what} list may be incomplete`), info.incomplete.push(what === "import" ? "imports" : "exports");
  }
}
__name(readComponentVec, "readComponentVec");
function readNameAttributes(reader) {
  let at = reader.offset, tag = reader.byte();
  if (tag !== 0 && tag !== 1 && tag !== 2) throw new WasmFormatError(`unknown extern name encoding 0x${tag.toString(16)}`, at);
  let name = reader.name();
  if (tag === 2) {
    let attributes = reader.u32();
    for (let i = 0; i < attributes; i++) {
      let kindAt = reader.offset, attribute = reader.byte();
      if (attribute > 2) throw new WasmFormatError(`unknown extern name attribute 0x${attribute.toString(16)}`, kindAt);
      reader.name();
    }
  }
  return name;
}
__name(readNameAttributes, "readNameAttributes");
function readSort(reader) {
  let at = reader.offset, sort = reader.byte();
  if (sort === 0) {
    let core = reader.byte();
    return core === 17 ? "module" : `core ${coreKind(core, at + 1)}`;
  }
  let kind = COMPONENT_SORTS[sort];
  if (!kind) throw new WasmFormatError(`unknown sort 0x${sort.toString(16)}`, at);
  return kind;
}
__name(readSort, "readSort");
function readExternType(reader) {
  let at = reader.offset, code = reader.byte(), kind = EXTERNTYPE_KINDS[code];
  if (kind === void 0) throw new WasmFormatError(`unknown externtype 0x${code.toString(16)}`, at);
  switch (code) {
    case 0:
      reader.byte(), reader.u32();
      break;
    case 2:
    // value bound: 0x00 valueidx | 0x01 valtype
    case 3:
      (reader.byte() === 0 || code === 2) && reader.skipLeb();
      break;
    default:
      reader.u32();
  }
  return kind;
}
__name(readExternType, "readExternType");

export {
  HEADER_SIZE,
  CUSTOM_SECTION_ID,
  WasmFormatError,
  ByteReader,
  headerKind,
  readHeader,
  truncatedSection,
  checkVersion,
  emptyInfo,
  payloadNeeded,
  readSectionInfo
};
