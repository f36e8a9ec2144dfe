import { isAbsolute, relative } from 'node:path';
import { formatError, isWasmpackError, redact } from '../errors.js';
import type { Properties } from './commands.js';

/** Codes whose message names the project's config file (src/config/load.ts). */
const CONFIG_ERRORS = ['CONFIG_INVALID', 'CONFIG_UNREADABLE', 'CARGO_MANIFEST_INVALID'];

export interface ConfigFile {
  path: string;
  /** Its text, when readable: turns "at position N" into a line and column. */
  text?: string;
}

export interface FailureAnnotation {
  /** error[CODE]: message, then hint: ... (the CLI's wording). */
  message: string;
  properties: Properties;
}

/**
 * An error as the step's ::error annotation. A WasmpackError keeps its code and hint, and when the
 * problem is in the project's config file, `file=` (relative to the workspace, as annotations
 * want it) with the line if the parser said where. Anything else is a bug: its stack, redacted,
 * as the CLI prints it.
 */
export function failureAnnotation(err: unknown, options: { configFiles: ConfigFile[]; workspace: string }): FailureAnnotation {
  if (!isWasmpackError(err)) {
    return { message: `internal error (a bug in wasmpack; please report it with this log):\n${redact((err as Error)?.stack ?? String(err))}`, properties: { title: 'wasmpack: internal error' } };
  }
  const properties: Properties = { title: `wasmpack ${err.code}` };
  if (CONFIG_ERRORS.includes(err.code)) {
    const file = options.configFiles.find((f) => err.message.includes(f.path));
    if (file) {
      const rel = relative(options.workspace, file.path);
      properties.file = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file.path;
      Object.assign(properties, errorPosition(err.message, file.text));
    }
  }
  return { message: formatError(err), properties };
}

/** "line 3 column 5" (newer V8, TOML parsers) or "at position 42" (JSON.parse on Node 20) -> line/col. */
export function errorPosition(message: string, text: string | undefined): { line?: number; col?: number } {
  const lineCol = /line (\d+)(?:,? col(?:umn)? (\d+))?/i.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), ...(lineCol[2] ? { col: Number(lineCol[2]) } : {}) };
  const position = /at position (\d+)/.exec(message);
  if (position && text !== undefined) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, col: lines[lines.length - 1]!.length + 1 };
  }
  return {};
}
