import { copyFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { WasmpackError } from '../errors.js';
import type { BuildContext, BuildOutput, LanguageDriver } from './driver.js';
import { moduleName } from './module-name.js';

/** Packages a module built elsewhere (Zig, AssemblyScript, a Makefile): no compile step. */
export function prebuiltDriver(wasmPath: string): LanguageDriver {
  return {
    language: 'wasm',
    async build(ctx: BuildContext): Promise<BuildOutput> {
      const source = resolve(ctx.dir, wasmPath);
      const info = await stat(source).catch(() => undefined);
      if (!info?.isFile()) {
        throw new WasmpackError('WASM_NOT_FOUND', `module ${source} does not exist`, 'point --wasm (or "wasm" in wasmpack.json) at a built .wasm file');
      }
      const name = ctx.config.name ?? moduleName(basename(source, extname(source)));
      const module = join(ctx.workDir, `${name}.wasm`);
      await copyFile(source, module);
      return { module, name, metadata: { title: name }, toolchain: 'prebuilt module' };
    },
  };
}
