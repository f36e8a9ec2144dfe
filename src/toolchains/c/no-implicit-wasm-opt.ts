import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { findOnPath } from '../../process/exec.js';

/*
 * clang's WebAssembly driver runs `wasm-opt -O<n>` on its output after linking whenever it finds a
 * wasm-opt (clang/lib/Driver/ToolChains/WebAssembly.cpp), so the same source and the same clang
 * gave different modules on machines with and without binaryen. A PATH without wasm-opt is not
 * enough: clang looks in its own InstalledDir first, and Debian installs both clang-NN and
 * binaryen's wasm-opt in /usr/bin. clang's opt-out, --no-wasm-opt, exists only from clang 20.
 * What every clang honours is -B: "search $prefix for executables" comes before its own
 * directory and PATH. So the compile gets a -B directory whose wasm-opt is true(1): clang's
 * in-place `wasm-opt out.wasm -O2 -o out.wasm` then leaves the linker's output as it is.
 * Running wasm-opt is wasmpack's own, recorded step (--wasm-opt, src/toolchains/wasm-opt.ts).
 */

/** The -B flags that keep clang from running a wasm-opt, with the directory they name made in `workDir`. */
export async function noImplicitWasmOpt(workDir: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const dir = join(workDir, 'clang-programs');
  await mkdir(dir, { recursive: true });
  const doNothing = (await findOnPath('true', env)) ?? '/bin/true';
  await symlink(doNothing, join(dir, 'wasm-opt')).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'EEXIST') throw err;
  });
  return ['-B', dir];
}
