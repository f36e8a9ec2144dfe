import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./chunks/shared-runtime.js";

// src/cli/wasi-host.ts
import { readFile } from "node:fs/promises";
import { WASI } from "node:wasi";
var TRAP_EXIT = 134, Wasm = globalThis.WebAssembly;
async function main() {
  let spec = JSON.parse(process.argv[2] ?? "{}"), wasi = new WASI({ version: "preview1", args: spec.args, env: spec.env, preopens: spec.preopens, returnOnExit: !0 }), module = await Wasm.compile(await readFile(spec.module)), instance = await Wasm.instantiate(module, wasi.getImportObject());
  process.exitCode = wasi.start(instance);
}
__name(main, "main");
main().catch((err) => {
  let text = err instanceof Wasm.RuntimeError ? `wasm trap: ${err.message}` : `cannot run the module: ${err?.message ?? String(err)}`;
  process.stderr.write(`${text}
`), process.exitCode = TRAP_EXIT;
});
