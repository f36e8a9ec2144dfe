import { readFile } from 'node:fs/promises';
import { WasmpackError } from '../errors.js';
import { WasmFormatError, inspectWasm, type WasmExport, type WasmImport, type WasmInfo, type WasmKind } from './binary.js';

export interface ModuleReport {
  kind: WasmKind;
  size: number;
  imports: WasmImport[];
  exports: WasmExport[];
  customSections: string[];
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

export const WASI_PREVIEW1 = 'wasi_snapshot_preview1';

/**
 * Features today's toolchains emit by default or on common flags (LLVM 16+ enables sign-ext,
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
 * Checks that `path` is a wasm binary wasmpack can package and reports what it needs from a host.
 * Core modules are fully validated by wabt; components are parsed structurally (wabt cannot read
 * them), and rejected unless `accept` includes 'component'.
 */
export async function validateModule(path: string, options: ValidateOptions = {}): Promise<ModuleReport> {
  const bytes = await readFile(path).catch((err: NodeJS.ErrnoException) => {
    throw new WasmpackError('WASM_NOT_FOUND', `cannot read ${path}: ${err.code ?? err.message}`, 'check the --wasm path, or run the build first');
  });
  const info = inspectOrThrow(bytes, path);
  const accept = options.accept ?? ['module'];
  if (!accept.includes(info.kind)) {
    throw new WasmpackError(
      'WASM_COMPONENT',
      `${path} is a WebAssembly component (WASI 0.2), but only a core module fits here`,
      'wasmpack build packages components (as the CNCF artifact, or --format compat); for a core module build for a wasip1 target (e.g. cargo build --target wasm32-wasip1)',
    );
  }
  if (info.kind === 'module') await validateCore(bytes, path);
  const report = reportOf(info, bytes.length);
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

/** inspectWasm with its format errors as WASM_INVALID: what every caller of untrusted bytes should use. */
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

async function validateCore(bytes: Buffer, path: string): Promise<void> {
  const wabt = await loadWabt();
  let module: ReturnType<Wabt['readWasm']> | undefined;
  try {
    module = wabt.readWasm(bytes, { readDebugNames: false, ...WASM_FEATURES });
    module.validate();
  } catch (err) {
    const detail = String((err as Error).message ?? err).trim().replace(/\s*\n\s*/g, '; ');
    throw new WasmpackError('WASM_INVALID', `${path} is not a valid WebAssembly module: ${detail}`, 'rebuild it with a current toolchain; if it was post-processed (wasm-opt, a stripper), try the unprocessed file');
  } finally {
    module?.destroy();
  }
}

/** Builds the report (no validation): also used for components and by callers that only inspect. */
export function reportOf(info: WasmInfo, size: number): ModuleReport {
  const modules = [...new Set(info.imports.map((i) => i.module))].filter((m) => m !== WASI_PREVIEW1).sort();
  const isCommand =
    info.kind === 'module'
      ? info.exports.some((e) => e.name === '_start' && e.kind === 'func')
      : info.exports.some((e) => /^wasi:cli\/run(@|$)/.test(e.name));
  const warnings = info.kind === 'module' ? modules.map((m) => importWarning(m, info.imports.filter((i) => i.module === m))) : [];
  warnings.push(...info.notes);
  return { kind: info.kind, size, imports: info.imports, exports: info.exports, customSections: info.customSections, isCommand, nonWasiImportModules: modules, warnings, exportsIncomplete: info.incomplete.includes('exports') };
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
