import { basename, join } from 'node:path';
import { WasmpackError } from '../../errors.js';
import type { BuildContext, BuildOutput, LanguageDriver } from '../driver.js';
import { runChecked } from '../../process/exec.js';
import { clangArguments, findCToolchain } from './toolchain.js';
import { realFiles, type FileProbe } from '../files.js';
import { moduleName } from '../module-name.js';
import { noImplicitWasmOpt } from './no-implicit-wasm-opt.js';
import { DEFAULT_C_SOURCES, findSources } from '../sources.js';

export interface CDriverOptions {
  /** File-system probe for toolchain detection (a double in unit tests). */
  files?: FileProbe;
}

/** Builds a C project (no manifest: sources and flags come from wasmpack.json) with clang. */
export function createCDriver(options: CDriverOptions = {}): LanguageDriver {
  const files = options.files ?? realFiles;
  return {
    language: 'c',
    async build(ctx: BuildContext): Promise<BuildOutput> {
      const c = ctx.config.c;
      const name = moduleName(ctx.config.name ?? basename(ctx.dir));
      const toolchain = await findCToolchain({ config: c, env: ctx.env, runner: ctx.runner, files });

      const patterns = c?.sources && c.sources.length > 0 ? c.sources : DEFAULT_C_SOURCES;
      const sources = await findSources(ctx.dir, patterns);
      const absent = [];
      // The project's own files are always on the real disk; `files` only describes toolchains.
      for (const s of sources) if (!(await realFiles.exists(join(ctx.dir, s)))) absent.push(s);
      if (sources.length === 0 || absent.length > 0) {
        throw new WasmpackError(
          'C_SOURCES_NOT_FOUND',
          absent.length > 0
            ? `C sources listed in wasmpack.json do not exist in ${ctx.dir}: ${absent.join(', ')}.`
            : `No C sources match ${patterns.join(', ')} in ${ctx.dir} (build, target, node_modules, .wasmpack and hidden directories are skipped).`,
          'list the files or globs in c.sources in wasmpack.json, relative to the project directory',
        );
      }

      const output = join(ctx.workDir, `${name}.wasm`);
      ctx.reporter.step(`compiling ${name} with ${toolchain.description}`);
      // The module depends only on what the project declares: no wasm-opt picked up from the machine.
      const programs = await noImplicitWasmOpt(ctx.workDir, ctx.env);
      await runChecked(ctx.runner, toolchain.cc, [...programs, ...clangArguments(toolchain, { sources, output, release: ctx.release, config: c, dir: ctx.dir })], {
        cwd: ctx.dir,
        env: ctx.env,
        signal: ctx.signal,
        errorCode: 'C_COMPILE_FAILED',
        what: `compiling ${name} (${sources.length} source${sources.length === 1 ? '' : 's'})`,
        hint: 'fix the compiler error above; WASI preview 1 has no threads, signals or fork, so code using them needs an #ifdef __wasi__ path',
      });
      ctx.reporter.succeed(`compiled ${name}.wasm`);
      return { module: output, name, metadata: { title: name }, toolchain: toolchain.description };
    },
  };
}

export const cDriver: LanguageDriver = createCDriver();
