import { WasmpackError } from '../errors.js';
import { describeLeadingBytes } from './leading-bytes.js';

export { describeLeadingBytes };

/**
 * A small reader of the WebAssembly binary format: just enough to tell a module from a component,
 * walk the sections, and list imports, exports and custom section names. It never decodes code.
 *
 * Core format: https://webassembly.github.io/spec/core/binary/modules.html
 * Component format: https://github.com/WebAssembly/component-model/blob/main/design/mvp/Binary.md
 */

export const WASM_MAGIC = Buffer.from([0x00, 0x61, 0x73, 0x6d]);
export const HEADER_SIZE = 8;

export type WasmKind = 'module' | 'component';

export interface WasmHeader {
  kind: WasmKind;
  /** Bytes 4-5 (little endian): 1 for core modules, 0x0d for today's components. */
  version: number;
  /** Bytes 6-7: 0 for a core module, 1 for a component. */
  layer: number;
}

export interface WasmSection {
  id: number;
  /** Offset of the section id byte: the section's raw bytes are [start, end). */
  start: number;
  /** Offset of the payload (after id and size). */
  payloadStart: number;
  end: number;
  /** For custom sections (id 0) only. */
  customName?: string;
}

export interface WasmImport {
  module: string;
  name: string;
  kind: string;
}

export interface WasmExport {
  name: string;
  kind: string;
}

export interface WasmInfo extends WasmHeader {
  sections: WasmSection[];
  /** Core: module/name/kind. Components: module '' and the extern name (e.g. "wasi:cli/environment@0.2.0"). */
  imports: WasmImport[];
  exports: WasmExport[];
  customSections: string[];
  /** Things the reader could not decode but skipped safely (component type details). */
  notes: string[];
  /** Lists that may be missing entries because of that: decisions read this, not the notes' text. */
  incomplete: Array<'imports' | 'exports'>;
}

export const CUSTOM_SECTION_ID = 0;
const CORE_IMPORT_SECTION_ID = 2;
const CORE_EXPORT_SECTION_ID = 7;
const COMPONENT_IMPORT_SECTION_ID = 10;
const COMPONENT_EXPORT_SECTION_ID = 11;

/** Thrown for bytes that start like wasm but do not parse; validate.ts turns it into WASM_INVALID. */
export class WasmFormatError extends Error {
  override readonly name = 'WasmFormatError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
  }
}

/**
 * A cursor over the bytes; every read checks bounds so a truncated file fails with its offset.
 * `base` is the file offset of bytes[0] when the bytes are a window read from a larger file
 * (src/wasm/scan.ts), so error offsets are always file offsets.
 */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public pos = 0,
    readonly end = bytes.length,
    readonly base = 0,
  ) {}

  /** The file offset of the cursor. */
  get offset(): number {
    return this.base + this.pos;
  }

  get done(): boolean {
    return this.pos >= this.end;
  }

  byte(): number {
    if (this.pos >= this.end) throw new WasmFormatError('unexpected end of data', this.base + this.pos);
    return this.bytes[this.pos++]!;
  }

  /** Unsigned LEB128, at most 5 bytes (u32). */
  u32(): number {
    const start = this.base + this.pos;
    let result = 0;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        if (result > 0xffffffff) throw new WasmFormatError('LEB128 u32 out of range', start);
        return result;
      }
    }
    throw new WasmFormatError('LEB128 u32 longer than 5 bytes', start);
  }

  /** Any LEB128 (signed or unsigned) skipped, up to 10 bytes (u64/s64). */
  skipLeb(): void {
    const start = this.base + this.pos;
    for (let i = 0; i < 10; i++) if ((this.byte() & 0x80) === 0) return;
    throw new WasmFormatError('LEB128 longer than 10 bytes', start);
  }

  skip(count: number): void {
    if (this.pos + count > this.end) throw new WasmFormatError(`needs ${count} bytes but only ${this.end - this.pos} remain`, this.base + this.pos);
    this.pos += count;
  }

  /** name ::= vec(byte) as UTF-8. */
  name(): string {
    const length = this.u32();
    const start = this.pos;
    this.skip(length);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(this.bytes.subarray(start, start + length));
    } catch {
      throw new WasmFormatError('name is not valid UTF-8', this.base + start);
    }
  }
}

/** True if the bytes begin with \0asm. */
export function hasWasmMagic(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && WASM_MAGIC.equals(Buffer.from(bytes.buffer, bytes.byteOffset, 4));
}

/**
 * The kind the 8-byte preamble names (layer 0: core module; any other layer: component), or
 * undefined for bytes that are not wasm: the one header reading that validation, the format
 * decision and `wasmpack run` share.
 */
export function headerKind(bytes: Uint8Array): WasmKind | undefined {
  if (bytes.length < HEADER_SIZE || !hasWasmMagic(bytes)) return undefined;
  return (bytes[6]! | (bytes[7]! << 8)) === 0 ? 'module' : 'component';
}

/** Reads the 8-byte preamble; throws NOT_WASM for other files. */
export function readHeader(bytes: Uint8Array, what = 'file'): WasmHeader {
  if (!hasWasmMagic(bytes)) {
    throw new WasmpackError('NOT_WASM', `${what} is not a WebAssembly binary: it ${describeLeadingBytes(bytes)}`, 'point --wasm at a .wasm built for wasm32-wasi (wasm32-wasip1), e.g. target/wasm32-wasip1/release/app.wasm');
  }
  if (bytes.length < HEADER_SIZE) throw new WasmFormatError('file ends inside the 8-byte header', bytes.length);
  const version = bytes[4]! | (bytes[5]! << 8);
  const layer = bytes[6]! | (bytes[7]! << 8);
  return { kind: headerKind(bytes)!, version, layer };
}

export function truncatedSection(id: number, size: number, remaining: number, start: number): WasmFormatError {
  return new WasmFormatError(`section ${id} declares ${size} bytes but the file ends after ${remaining} (truncated file?)`, start);
}

/** Every top-level section, in order. Nested modules/components in a component are not entered. */
export function readSections(bytes: Uint8Array): WasmSection[] {
  const reader = new ByteReader(bytes, HEADER_SIZE);
  const sections: WasmSection[] = [];
  while (!reader.done) {
    const start = reader.pos;
    const id = reader.byte();
    const size = reader.u32();
    const payloadStart = reader.pos;
    if (payloadStart + size > bytes.length) throw truncatedSection(id, size, bytes.length - payloadStart, start);
    const section: WasmSection = { id, start, payloadStart, end: payloadStart + size };
    if (id === CUSTOM_SECTION_ID) section.customName = new ByteReader(bytes, payloadStart, section.end).name();
    sections.push(section);
    reader.pos = section.end;
  }
  return sections;
}

/** Reads header, sections, imports, exports and custom section names. */
export function inspectWasm(bytes: Uint8Array, what = 'file'): WasmInfo {
  const header = readHeader(bytes, what);
  checkVersion(header);
  const info = emptyInfo(header, readSections(bytes));
  for (const section of info.sections) readSectionInfo(info, section, new ByteReader(bytes, section.payloadStart, section.end));
  return info;
}

/** Core modules have exactly one version; components are pre-1.0 and still change theirs. */
export function checkVersion(header: WasmHeader): void {
  if (header.kind === 'module' && header.version !== 1) {
    throw new WasmFormatError(`unsupported core wasm version ${header.version} (only 1 exists)`, 4);
  }
}

export function emptyInfo(header: WasmHeader, sections: WasmSection[]): WasmInfo {
  return { ...header, sections, imports: [], exports: [], customSections: [], notes: [], incomplete: [] };
}

/**
 * Whether describing a section needs its payload: imports and exports do; every other section is
 * skipped unread (custom sections only need their name, which readSections already has).
 */
export function payloadNeeded(kind: WasmKind, id: number): boolean {
  return kind === 'module' ? id === CORE_IMPORT_SECTION_ID || id === CORE_EXPORT_SECTION_ID : id === COMPONENT_IMPORT_SECTION_ID || id === COMPONENT_EXPORT_SECTION_ID;
}

/** Adds what one section says to `info`; `reader` spans the section's payload. */
export function readSectionInfo(info: WasmInfo, section: WasmSection, reader: ByteReader): void {
  if (section.id === CUSTOM_SECTION_ID) info.customSections.push(section.customName!);
  else if (!payloadNeeded(info.kind, section.id)) return;
  else if (info.kind === 'module' && section.id === CORE_IMPORT_SECTION_ID) info.imports.push(...readCoreImports(reader));
  else if (info.kind === 'module' && section.id === CORE_EXPORT_SECTION_ID) info.exports.push(...readCoreExports(reader));
  else if (info.kind === 'component' && section.id === COMPONENT_IMPORT_SECTION_ID) readComponentImports(reader, info);
  else if (info.kind === 'component' && section.id === COMPONENT_EXPORT_SECTION_ID) readComponentExports(reader, info);
}

// --- core modules -------------------------------------------------------------------------------

// https://webassembly.github.io/spec/core/binary/modules.html#binary-importdesc
const CORE_EXTERN_KINDS = ['func', 'table', 'memory', 'global', 'tag'] as const;

function coreKind(code: number, at: number): string {
  const kind = CORE_EXTERN_KINDS[code];
  if (!kind) throw new WasmFormatError(`unknown import/export kind 0x${code.toString(16)}`, at);
  return kind;
}

function readCoreImports(reader: ByteReader): WasmImport[] {
  const count = reader.u32();
  const imports: WasmImport[] = [];
  for (let i = 0; i < count; i++) {
    const module = reader.name();
    const name = reader.name();
    const at = reader.offset;
    const kind = coreKind(reader.byte(), at);
    skipCoreImportDesc(reader, kind);
    imports.push({ module, name, kind });
  }
  return imports;
}

function skipCoreImportDesc(reader: ByteReader, kind: string): void {
  switch (kind) {
    case 'func':
      reader.u32();
      return;
    case 'table':
      skipRefType(reader);
      skipLimits(reader);
      return;
    case 'memory':
      skipLimits(reader);
      return;
    case 'global':
      skipValType(reader);
      reader.byte(); // mutability
      return;
    case 'tag':
      reader.byte(); // attribute (0 = exception)
      reader.u32();
      return;
  }
}

// Limits flags: bit 0 = has max, bit 1 = shared (threads), bit 2 = 64-bit (memory64).
function skipLimits(reader: ByteReader): void {
  const flags = reader.byte();
  reader.skipLeb();
  if (flags & 1) reader.skipLeb();
  if (flags & 8) reader.skipLeb(); // custom page size (proposal): page size log2
}

// Value types are one byte, except GC-style (ref null? heaptype) which carry an s33 heap type.
function skipValType(reader: ByteReader): void {
  const code = reader.byte();
  if (code === 0x63 || code === 0x64) reader.skipLeb();
}

function skipRefType(reader: ByteReader): void {
  skipValType(reader);
}

function readCoreExports(reader: ByteReader): WasmExport[] {
  const count = reader.u32();
  const exports: WasmExport[] = [];
  for (let i = 0; i < count; i++) {
    const name = reader.name();
    const at = reader.offset;
    const kind = coreKind(reader.byte(), at);
    reader.u32();
    exports.push({ name, kind });
  }
  return exports;
}

// --- components ---------------------------------------------------------------------------------
// import ::= nameattributes externtype ; export ::= nameattributes sortidx externtype?
// Only the top-level import/export sections are read: they are what a host must provide / can call.

const COMPONENT_SORTS: Record<number, string> = { 0x01: 'func', 0x02: 'value', 0x03: 'type', 0x04: 'component', 0x05: 'instance' };
const EXTERNTYPE_KINDS: Record<number, string> = { 0x00: 'module', 0x01: 'func', 0x02: 'value', 0x03: 'type', 0x04: 'component', 0x05: 'instance' };

function readComponentImports(reader: ByteReader, info: WasmInfo): void {
  readComponentVec(reader, info, 'import', () => {
    const name = readNameAttributes(reader);
    const kind = readExternType(reader);
    info.imports.push({ module: '', name, kind });
  });
}

function readComponentExports(reader: ByteReader, info: WasmInfo): void {
  readComponentVec(reader, info, 'export', () => {
    const name = readNameAttributes(reader);
    const kind = readSort(reader);
    reader.u32(); // index
    const hasType = reader.byte();
    if (hasType === 0x01) readExternType(reader);
    else if (hasType !== 0x00) throw new WasmFormatError(`bad optional externtype flag 0x${hasType.toString(16)}`, reader.offset - 1);
    info.exports.push({ name, kind });
  });
}

/**
 * The component format is pre-1.0 and still gains encodings; if an entry does not decode, keep the
 * names read so far and say so instead of failing a build over metadata.
 */
function readComponentVec(reader: ByteReader, info: WasmInfo, what: 'import' | 'export', readOne: () => void): void {
  let count = 0;
  try {
    count = reader.u32();
    for (let i = 0; i < count; i++) readOne();
  } catch (err) {
    if (!(err instanceof WasmFormatError)) throw err;
    info.notes.push(`could not decode every component ${what} (${err.message}); the ${what} list may be incomplete`);
    info.incomplete.push(what === 'import' ? 'imports' : 'exports');
  }
}

function readNameAttributes(reader: ByteReader): string {
  const at = reader.offset;
  const tag = reader.byte();
  if (tag !== 0x00 && tag !== 0x01 && tag !== 0x02) throw new WasmFormatError(`unknown extern name encoding 0x${tag.toString(16)}`, at);
  const name = reader.name();
  if (tag === 0x02) {
    const attributes = reader.u32();
    for (let i = 0; i < attributes; i++) {
      const kindAt = reader.offset;
      const attribute = reader.byte();
      if (attribute > 0x02) throw new WasmFormatError(`unknown extern name attribute 0x${attribute.toString(16)}`, kindAt);
      reader.name(); // implements "iface" / versionsuffix / external-id: all length-prefixed strings
    }
  }
  return name;
}

function readSort(reader: ByteReader): string {
  const at = reader.offset;
  const sort = reader.byte();
  if (sort === 0x00) {
    const core = reader.byte();
    return core === 0x11 ? 'module' : `core ${coreKind(core, at + 1)}`;
  }
  const kind = COMPONENT_SORTS[sort];
  if (!kind) throw new WasmFormatError(`unknown sort 0x${sort.toString(16)}`, at);
  return kind;
}

function readExternType(reader: ByteReader): string {
  const at = reader.offset;
  const code = reader.byte();
  const kind = EXTERNTYPE_KINDS[code];
  if (kind === undefined) throw new WasmFormatError(`unknown externtype 0x${code.toString(16)}`, at);
  switch (code) {
    case 0x00: // core module: 0x11 typeidx
      reader.byte();
      reader.u32();
      break;
    case 0x02: // value bound: 0x00 valueidx | 0x01 valtype
    case 0x03: // type bound: 0x00 typeidx | 0x01 (sub resource)
      if (reader.byte() === 0x00 || code === 0x02) reader.skipLeb();
      break;
    default:
      reader.u32();
  }
  return kind;
}
