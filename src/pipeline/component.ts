/**
 * Which image format a built module goes into, and what that means for WASI 0.2 components.
 *
 * Decision:
 * - A core module keeps the compat container image by default (crun, podman, Docker, runwasi,
 *   Kubernetes all read it). `--format artifact` gives the CNCF artifact with `os: wasip1`.
 * - A component defaults to the CNCF TAG-Runtime Wasm OCI artifact: config
 *   `application/vnd.wasm.config.v0+json` with `os: wasip2` and `component: {imports, exports}`,
 *   one `application/wasm` layer. That is the format the component consumers read: wkg, wasmCloud,
 *   runwasi through CRI, Spin's puller. A compat image would be a trap by default: podman picks
 *   crun-wasm for `wasi/wasm`, and crun's handlers (wasmtime included, as of crun 1.23) load core
 *   modules only ("expected a WebAssembly module but was given a WebAssembly component").
 * - `--format compat` with a component is allowed: runwasi's wasmtime shim runs a component from
 *   a compat image (it detects the wasi:cli/command and wasi:http/proxy worlds). It is built
 *   exactly like a module's compat image (os wasi, entrypoint /<name>.wasm), with an info line
 *   saying which runtimes can run it, and a warning when the component exports neither
 *   wasi:cli/run nor wasi:http/incoming-handler (nothing a shim can start).
 * - A component must export something: one with no exports at all can do nothing for any host
 *   and fails with WASM_NOT_COMMAND. A core module must still export _start (validate.ts).
 * - WAMR AOT is for core modules only (wamrc cannot read components): AOT_COMPONENT.
 * Rust's wasm32-wasip2 target (which emits a component) is used only when rust.target asks for
 * it; the default stays wasip1 > wasi, because a component by surprise breaks crun and WAMR users.
 */
import { open } from 'node:fs/promises';
import { WasmpackError } from '../errors.js';
import type { ModuleReport } from '../wasm/validate.js';
import { HEADER_SIZE, headerKind, type WasmKind } from '../wasm/binary.js';
import { CLI_RUN_EXPORT } from '../wasm/validate.js';
import type { ImageFormat } from '../oci/image.js';

/** wasi:cli/command's entry point: `wasmtime run` and runwasi call its run function. */
const CLI_RUN = CLI_RUN_EXPORT;
/** wasi:http/proxy's export: `wasmtime serve`, Spin and runwasi route requests to it. */
const HTTP_HANDLER = /^wasi:http\/incoming-handler(@|$)/;

export interface FormatInput {
  report: ModuleReport;
  /** --format or wasmpack.json's "format"; undefined lets the module's kind decide. */
  requested?: ImageFormat;
  /** --env/--cmd/--label (or the config's): settings only a compat image can carry. */
  runSettings?: { env?: boolean; cmd?: boolean; labels?: boolean };
  aot?: boolean;
}

export interface FormatDecision {
  format: ImageFormat;
  /** For reporter.info: what the choice means. */
  notes: string[];
  /** For reporter.warn and the --json "warnings". */
  warnings: string[];
  /** The artifact config's `component` field (components only). */
  component?: { imports: string[]; exports: string[] };
}

/** The worlds a runtime recognises from a component's exports. */
export function componentEntryPoints(report: ModuleReport): { command: boolean; httpProxy: boolean } {
  return {
    command: report.exports.some((e) => CLI_RUN.test(e.name)),
    httpProxy: report.exports.some((e) => HTTP_HANDLER.test(e.name)),
  };
}

/** Import and export names for the CNCF artifact config, in file order, each once. */
export function componentInterfaces(report: ModuleReport): { imports: string[]; exports: string[] } {
  return {
    imports: [...new Set(report.imports.map((i) => i.name))],
    exports: [...new Set(report.exports.map((e) => e.name))],
  };
}

/**
 * The format table: module -> compat unless asked; component -> artifact unless asked, compat
 * allowed with notes/warnings. Throws for builds no format can serve (see the top of this file).
 */
export function decideFormat(input: FormatInput): FormatDecision {
  const { report } = input;
  const notes: string[] = [];
  const warnings: string[] = [];
  if (report.kind === 'module') {
    const format = input.requested ?? 'compat';
    if (format === 'artifact') warnings.push(...droppedRunSettings(input.runSettings));
    return { format, notes, warnings };
  }

  if (input.aot) {
    throw new WasmpackError(
      'AOT_COMPONENT',
      'AOT compilation was requested, but the module is a WebAssembly component (WASI 0.2): wamrc and WAMR load core modules only.',
      'drop --aot (and aot.enabled in wasmpack.json) for this build, or build a wasip1 core module (e.g. rust.target wasm32-wasip1) to AOT-compile it',
    );
  }
  if (report.exports.length === 0 && !report.exportsIncomplete) {
    throw new WasmpackError(
      'WASM_NOT_COMMAND',
      'the module is a WebAssembly component that exports nothing (no wasi:cli/run, no wasi:http/incoming-handler, no interface), so no host can call it',
      'build a command (a Rust bin crate with --target wasm32-wasip2, or `wasm-tools component new` with the wasi_snapshot_preview1 command adapter) or a component that exports the world it implements',
    );
  }

  const entry = componentEntryPoints(report);
  const component = componentInterfaces(report);
  const format = input.requested ?? 'artifact';
  if (format === 'artifact') {
    notes.push(
      `WASI 0.2 component: building the CNCF Wasm OCI artifact (os wasip2, ${component.imports.length} imports, ${component.exports.length} exports in its config), which wkg, wasmCloud and runwasi (via CRI) read; use --format compat for a container image that runwasi's wasmtime shim runs`,
    );
    warnings.push(...droppedRunSettings(input.runSettings));
    return { format, notes, warnings, component };
  }

  notes.push(
    "WASI 0.2 component in a compat image: runwasi's wasmtime shim runs it (it detects wasi:cli/command and wasi:http/proxy); crun's handlers, WAMR and wasmer load core modules only and will refuse it",
  );
  if (!entry.command && !entry.httpProxy) {
    warnings.push(
      `the component exports neither wasi:cli/run nor wasi:http/incoming-handler (it exports ${shortList(component.exports)}), so it is not runnable as a command from a compat image; the artifact format (the default for components) suits libraries and plugins`,
    );
  }
  return { format, notes, warnings, component };
}

/** Reads the wasm header's kind without parsing the rest; undefined for a file that is not wasm (validation says why). */
export async function peekWasmKind(path: string): Promise<WasmKind | undefined> {
  const file = await open(path, 'r').catch(() => undefined);
  if (!file) return undefined;
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEADER_SIZE), 0, HEADER_SIZE, 0);
    return headerKind(buffer.subarray(0, bytesRead));
  } finally {
    await file.close();
  }
}

function droppedRunSettings(settings: FormatInput['runSettings']): string[] {
  const dropped = [settings?.env && 'env', settings?.cmd && 'cmd', settings?.labels && 'labels'].filter(Boolean);
  if (dropped.length === 0) return [];
  return [`the Wasm OCI artifact format has no run configuration, so these settings are not recorded: ${dropped.join(', ')} (use --format compat to keep them in the image config)`];
}

function shortList(names: readonly string[]): string {
  return names.length > 4 ? `${names.slice(0, 4).join(', ')}, ... (${names.length} in all)` : names.join(', ');
}
