import { WasmpackError } from '../errors.js';
import { CUSTOM_SECTION_ID, HEADER_SIZE, WasmFormatError, inspectWasm, type WasmExport, type WasmImport, type WasmInfo, type WasmKind, type WasmSection } from './binary.js';
import { coalesce, readRanges, scanModuleFile, type ByteRange, type ModuleScan } from './scan.js';

export interface ModuleReport {
  kind: WasmKind;
  size: number;
  imports: WasmImport[];
  exports: WasmExport[];
  customSections: string[];
  /** Every top-level section with its byte range (what strip plans from). */
  sections: WasmSection[];
  /** How the code was checked: by V8 (and wabt for features this node's V8 lacks), or by the section walk only (above V8_VALIDATE_LIMIT). */
  validatedBy: 'v8' | 'wabt' | 'sections';
  /** A core module exporting `_start`, or a component exporting wasi:cli/run. */
  isCommand: boolean;
  /** Import modules other than wasi_snapshot_preview1, sorted, each once. */
  nonWasiImportModules: string[];
  warnings: string[];
  /** The component's export list may be missing entries the reader could not decode. */
  exportsIncomplete: boolean;
}

export interface ValidateOptions {
  /** Kinds the caller can package; others fail with WASM_COMPONENT. Default: ['module']. */
  accept?: readonly WasmKind[];
  /** Fail with WASM_NOT_COMMAND when there is no entry point. Default: true. */
  requireCommand?: boolean;
}

// The WebAssembly JS API is a global in node; @types/node (20) does not declare it.
declare const WebAssembly: { validate(bytes: Uint8Array): boolean; Module: new (bytes: Uint8Array) => object };

export const WASI_PREVIEW1 = 'wasi_snapshot_preview1';
/** A component command's export (wasi:cli/run, any version): what runtimes call to run it. */
export const CLI_RUN_EXPORT = /^wasi:cli\/run(@|$)/;

/**
 * Features today's toolchains emit (wabt's names; used where V8 lacks one, see validateCore) by default or on common flags (LLVM 16+ enables sign-ext,
 * mutable-globals, multivalue, reference-types, bulk-memory, nontrapping-fptoint; Rust/clang add
 * simd128, threads (wasm32-wasip1-threads), tail calls or exception handling on request). Only
 * text-format-only features stay off. wabt's own defaults leave threads/exceptions/tail_call off,
 * which would reject valid wasip1-threads and -fwasm-exceptions output.
 */
export const WASM_FEATURES = {
  mutable_globals: true,
  sat_float_to_int: true,
  sign_extension: true,
  simd: true,
  threads: true,
  multi_value: true,
  tail_call: true,
  bulk_memory: true,
  reference_types: true,
  exceptions: true,
  extended_const: true,
  relaxed_simd: true,
  multi_memory: true,
  function_references: true,
  gc: true,
  memory64: true,
} as const;

type Wabt = Awaited<ReturnType<typeof import('wabt')>>;
let wabtInstance: Promise<Wabt> | undefined;

/** wabt is a large emscripten module: instantiate it once per process. */
export function loadWabt(): Promise<Wabt> {
  wabtInstance ??= import('wabt').then((mod) => mod.default());
  return wabtInstance;
}

/**
 * Above this many bytes of code and data (custom sections do not count: validation ignores
 * them), V8 is not asked. V8 validates only a whole module held in memory, and a build's memory
 * must stay flat whatever the module size, so a module whose non-custom sections exceed this is
 * checked by the streaming section walk alone (structure, imports, exports), not instruction by
 * instruction. 32 MiB of code is far beyond what toolchains emit for one program today
 * (a debug build's size is its DWARF, which is a custom section and does not count).
 */
export const V8_VALIDATE_LIMIT = 32 * 1024 * 1024;

/**
 * Checks that `path` is a wasm binary wasmpack can package and reports what it needs from a host.
 * The file is walked section by section with positioned reads (src/wasm/scan.ts), never loaded
 * whole. Core modules are then validated by V8 (WebAssembly.validate over the non-custom
 * sections, native and fast); wabt is loaded only when V8 rejects a module for a feature this
 * node's V8 does not ship, to decide by the feature set of WASM_FEATURES. Components are parsed
 * structurally (neither V8 nor wabt reads them), and rejected unless `accept` includes 'component'.
 */
export async function validateModule(path: string, options: ValidateOptions = {}): Promise<ModuleReport> {
  const info = await scanOrThrow(path);
  const accept = options.accept ?? ['module'];
  if (!accept.includes(info.kind)) {
    throw new WasmpackError(
      'WASM_COMPONENT',
      `${path} is a WebAssembly component (WASI 0.2), but only a core module fits here`,
      'wasmpack build packages components (as the CNCF artifact, or --format compat); for a core module build for a wasip1 target (e.g. cargo build --target wasm32-wasip1)',
    );
  }
  const validatedBy = info.kind === 'module' ? await validateCore(path, info) : 'sections';
  const report = reportOf(info, info.size, validatedBy);
  if ((options.requireCommand ?? true) && !report.isCommand) {
    throw new WasmpackError(
      'WASM_NOT_COMMAND',
      info.kind === 'module'
        ? `${path} exports no _start function: it is a reactor or library module, which cannot be run as a container entrypoint`
        : `${path} exports no wasi:cli/run interface, so runtimes cannot run it as a command`,
      'build a binary/command: a cargo bin target (src/main.rs), main() in C, or package main in Go',
    );
  }
  return report;
}

async function scanOrThrow(path: string): Promise<ModuleScan> {
  try {
    return await scanModuleFile(path);
  } catch (err) {
    if (err instanceof WasmFormatError) {
      throw new WasmpackError('WASM_INVALID', `${path} is not a valid WebAssembly binary: ${err.message}`, 'rebuild it; if it was copied or downloaded, the file may be truncated');
    }
    if (err instanceof WasmpackError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new WasmpackError('WASM_NOT_FOUND', `cannot read ${path}: ${code ?? (err as Error).message}`, 'check the --wasm path, or run the build first');
  }
}

/** inspectWasm with its format errors as WASM_INVALID: what every caller of untrusted bytes in memory should use. */
export function inspectOrThrow(bytes: Buffer, path: string): WasmInfo {
  try {
    return inspectWasm(bytes, path);
  } catch (err) {
    if (err instanceof WasmFormatError) {
      throw new WasmpackError('WASM_INVALID', `${path} is not a valid WebAssembly binary: ${err.message}`, 'rebuild it; if it was copied or downloaded, the file may be truncated');
    }
    throw err;
  }
}

/** The header and every non-custom section: what V8 validates. */
function codeRanges(sections: readonly WasmSection[]): ByteRange[] {
  return coalesce([{ start: 0, end: HEADER_SIZE }, ...sections.filter((s) => s.id !== CUSTOM_SECTION_ID).map((s) => ({ start: s.start, end: s.end }))]);
}

async function validateCore(path: string, info: ModuleScan): Promise<ModuleReport['validatedBy']> {
  const ranges = codeRanges(info.sections);
  const size = ranges.reduce((n, r) => n + (r.end - r.start), 0);
  if (size > V8_VALIDATE_LIMIT) return 'sections';
  const bytes = info.bytes ? Buffer.concat(ranges.map((r) => info.bytes!.subarray(r.start, r.end))) : await readRanges(path, ranges);
  if (WebAssembly.validate(bytes)) return 'v8';
  let message: string;
  try {
    new WebAssembly.Module(bytes);
    return 'v8'; // validate said no but compiling passed: cannot happen, and not worth failing a build over
  } catch (err) {
    message = String((err as Error).message ?? err).replace(/^WebAssembly\.Module\(\): /, '');
  }
  // A proposal this node's V8 has behind a flag (relaxed SIMD or memory64 on node 20, say):
  // wabt, with the feature set toolchains emit, decides instead.
  if (/--experimental-wasm-|enable with/.test(message)) {
    await validateWithWabt(bytes, path);
    return 'wabt';
  }
  throw invalidModule(path, `${fileOffsets(message, ranges)}`);
}

/** V8's "@+N" offsets count within the bytes it was given (no custom sections): say file offsets. */
function fileOffsets(message: string, ranges: readonly ByteRange[]): string {
  return message.replace(/@\+(\d+)/g, (_all, n: string) => {
    let rest = Number(n);
    for (const range of ranges) {
      const length = range.end - range.start;
      if (rest < length) return `at offset ${range.start + rest}`;
      rest -= length;
    }
    return `at offset ${n}`;
  });
}

function invalidModule(path: string, detail: string): WasmpackError {
  return new WasmpackError('WASM_INVALID', `${path} is not a valid WebAssembly module: ${detail}`, 'rebuild it with a current toolchain; if it was post-processed (wasm-opt, a stripper), try the unprocessed file');
}

async function validateWithWabt(bytes: Uint8Array, path: string): Promise<void> {
  const wabt = await loadWabt();
  let module: ReturnType<Wabt['readWasm']> | undefined;
  try {
    module = wabt.readWasm(bytes, { readDebugNames: false, ...WASM_FEATURES });
    module.validate();
  } catch (err) {
    throw invalidModule(path, String((err as Error).message ?? err).trim().replace(/\s*\n\s*/g, '; '));
  } finally {
    module?.destroy();
  }
}

/** Builds the report (no validation): also used for components and by callers that only inspect. */
export function reportOf(info: WasmInfo, size: number, validatedBy: ModuleReport['validatedBy'] = 'sections'): ModuleReport {
  const modules = [...new Set(info.imports.map((i) => i.module))].filter((m) => m !== WASI_PREVIEW1).sort();
  const isCommand =
    info.kind === 'module'
      ? info.exports.some((e) => e.name === '_start' && e.kind === 'func')
      : info.exports.some((e) => CLI_RUN_EXPORT.test(e.name));
  const warnings = info.kind === 'module' ? modules.map((m) => importWarning(m, info.imports.filter((i) => i.module === m))) : [];
  warnings.push(...info.notes);
  return { kind: info.kind, size, imports: info.imports, exports: info.exports, customSections: info.customSections, sections: info.sections, validatedBy, isCommand, nonWasiImportModules: modules, warnings, exportsIncomplete: info.incomplete.includes('exports') };
}

/** One warning per non-WASI import module: what it is and which runtimes can satisfy it. */
export function importWarning(module: string, imports: readonly WasmImport[]): string {
  const names = imports.map((i) => i.name);
  const shown = names.length > 5 ? `${names.slice(0, 5).join(', ')}, ... (${names.length} in all)` : names.join(', ');
  const lead = `imports from "${module}" (${shown})`;
  if (module.startsWith('wasmedge')) return `${lead}: a WasmEdge host extension; only WasmEdge runs this module (crun's wasmedge handler, runwasi's wasmedge shim)`;
  if (module === 'wasi_unstable') return `${lead}: the old WASI snapshot 0; most runtimes still accept it, but rebuild with a current toolchain to be safe`;
  if (module === 'env') return `${lead}: unresolved symbols, usually a link error (a missing library or a declared but undefined function); no WASI runtime provides them`;
  if (module.startsWith('wasi:')) return `${lead}: WASI 0.2 interfaces imported by a core module; it needs the component adapter (wasm-tools component new) or a runtime that implements them`;
  if (module === 'wasi' && names.includes('thread-spawn')) return `${lead}: wasi-threads; runs only where threads are enabled (wasmtime -S threads, WAMR, WasmEdge)`;
  if (module === 'wasi_ephemeral_nn' || module === 'wasi_nn') return `${lead}: wasi-nn; needs a runtime built with a neural-network backend (WasmEdge, wasmtime with wasi-nn)`;
  if (module.startsWith('wasi_ephemeral_')) return `${lead}: an experimental WASI proposal; support differs between runtimes`;
  if (module === 'gojs' || module === 'go') return `${lead}: this is Go's GOOS=js output for browsers and Node; rebuild with GOOS=wasip1 GOARCH=wasm`;
  if (module === 'wbg' || module === '__wbindgen_placeholder__') return `${lead}: wasm-bindgen JavaScript glue (a wasm32-unknown-unknown build); rebuild for wasm32-wasip1`;
  return `${lead}: a host module no standard WASI runtime provides; only a runtime that implements "${module}" can run this`;
}
