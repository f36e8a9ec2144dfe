// Runs a wasip1 command module under node:wasi: `node scripts/run-wasi.mjs MODULE [ENV_JSON] [ARGS...]`.
// The demo uses it to run what came back from the registry without a container runtime.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WASI } from 'node:wasi';

const [modulePath, envJson = '{}', ...args] = process.argv.slice(2);
if (!modulePath) {
  console.error('usage: node scripts/run-wasi.mjs MODULE [ENV_JSON] [ARGS...]');
  process.exit(2);
}
const wasi = new WASI({ version: 'preview1', args: [basename(modulePath), ...args], env: JSON.parse(envJson), preopens: {}, returnOnExit: true });
const module = await WebAssembly.compile(await readFile(modulePath));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
process.exitCode = wasi.start(instance);
