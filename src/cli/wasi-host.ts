/*
 * The program `wasmpack run` starts for --runtime node: one wasip1 command module under
 * node:wasi (preview1), in its own process so the module's exit code becomes the process's,
 * Ctrl-C stops it like any program, and fd 0-2 are the terminal's. Invoked as
 * `node --no-warnings wasi-host.js '{"module","args","env","preopens"}'`.
 */
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

/** What wasmtime exits with when the guest traps (128 + SIGABRT): not a code the module chose. */
const TRAP_EXIT = 134;

// The lib settings carry no WebAssembly types (no DOM lib): the little used here, declared.
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  instantiate(module: object, imports: object): Promise<object>;
  RuntimeError: new (...args: unknown[]) => Error;
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

interface HostSpec {
  module: string;
  args: string[];
  env: Record<string, string>;
  preopens: Record<string, string>;
}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '{}') as HostSpec;
  const wasi = new WASI({ version: 'preview1', args: spec.args, env: spec.env, preopens: spec.preopens, returnOnExit: true });
  const module = await Wasm.compile(await readFile(spec.module));
  const instance = await Wasm.instantiate(module, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
}

main().catch((err: unknown) => {
  const text = err instanceof Wasm.RuntimeError ? `wasm trap: ${err.message}` : `cannot run the module: ${(err as Error)?.message ?? String(err)}`;
  process.stderr.write(`${text}\n`);
  process.exitCode = TRAP_EXIT;
});
