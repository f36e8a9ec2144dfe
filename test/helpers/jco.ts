/**
 * Real WASI 0.2 components for tests, made by jco (@bytecodealliance/jco, a devDependency):
 * `jco new core.wasm --wasi-command` wraps a wasip1 command module with the preview1 adapter
 * jco ships (lib/wasi_snapshot_preview1.command.wasm), and `jco embed` + `jco new` turn a core
 * module exporting an interface into a library component. `jco wit` is an independent reader of
 * what a component imports and exports.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runProcess } from '../../src/process/exec.js';
import { REPO_ROOT } from './cli.js';

const JCO_PACKAGE = join(REPO_ROOT, 'node_modules', '@bytecodealliance', 'jco');

/** jco's CLI script, from its package.json "bin". */
export function jcoScript(): string {
  const manifest = JSON.parse(readFileSync(join(JCO_PACKAGE, 'package.json'), 'utf8')) as { bin: string | Record<string, string> };
  return join(JCO_PACKAGE, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.jco!);
}

export async function jco(...args: string[]): Promise<string> {
  const result = await runProcess(process.execPath, [jcoScript(), ...args], { timeoutMs: 180_000 });
  if (result.code !== 0) throw new Error(`jco ${args.join(' ')} failed (${result.code}):\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** A wasi:cli/command component from a wasip1 command module (the path of a core .wasm). */
export async function commandComponent(coreModule: string, out: string): Promise<string> {
  await jco('new', coreModule, '--wasi-command', '-o', out);
  return out;
}

const LIBRARY_WIT = `package acme:greeter@0.1.0;
interface greet {
  hello: func() -> u32;
}
world lib {
  export greet;
}
`;

/** A component that imports nothing and exports acme:greeter/greet@0.1.0 (not runnable as a command). */
export async function libraryComponent(dir: string, watToWasm: (wat: string) => Promise<Buffer>): Promise<string> {
  const core = join(dir, 'lib-core.wasm');
  await writeFile(core, await watToWasm('(module (memory (export "memory") 1) (func (export "acme:greeter/greet@0.1.0#hello") (result i32) (i32.const 42)))'));
  await writeFile(join(dir, 'lib.wit'), LIBRARY_WIT);
  await jco('embed', core, '--wit', join(dir, 'lib.wit'), '-n', 'lib', '-o', join(dir, 'lib-embedded.wasm'));
  const out = join(dir, 'lib-component.wasm');
  await jco('new', join(dir, 'lib-embedded.wasm'), '-o', out);
  return out;
}

/** The interfaces a component imports and exports, as `jco wit` prints its world. */
export async function witInterfaces(component: string): Promise<{ imports: string[]; exports: string[] }> {
  const wit = await jco('wit', component);
  const pick = (kind: string) => [...wit.matchAll(new RegExp(`^\\s*${kind} ([\\w:/.@-]+);`, 'gm'))].map((m) => m[1]!);
  return { imports: pick('import'), exports: pick('export') };
}
