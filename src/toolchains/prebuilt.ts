import { stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import type { BuildContext, BuildOutput, LanguageDriver } from './driver.js';
import { moduleName } from './module-name.js';

/**
 * Packages a module built elsewhere (Zig, AssemblyScript, a Makefile): no compile step. The module
 * is read where the user put it (no copy), so every error about it names the path they gave.
 */
export function prebuiltDriver(wasmPath: string): LanguageDriver {
  return {
    language: 'wasm',
    async build(ctx: BuildContext): Promise<BuildOutput> {
      const module = resolve(ctx.dir, wasmPath);
      const info = await stat(module).catch(() => undefined);
      if (!info?.isFile()) {
        throw new WasmpackError('WASM_NOT_FOUND', `module ${module} does not exist`, 'point --wasm (or "wasm" in wasmpack.json) at a built .wasm file');
      }
      const name = ctx.config.name ?? moduleName(basename(module, extname(module)));
      return { module, name, metadata: { title: name }, toolchain: 'prebuilt module' };
    },
  };
}
