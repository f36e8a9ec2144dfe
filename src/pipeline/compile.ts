import type { Runner } from '../process/exec.js';
import type { Reporter } from '../report/reporter.js';
import type { BuildOutput, Language, LanguageDriver } from '../toolchains/driver.js';
import { cDriver } from '../toolchains/c/driver.js';
import { goDriver } from '../toolchains/go/driver.js';
import { prebuiltDriver } from '../toolchains/prebuilt.js';
import { rustDriver } from '../toolchains/rust/driver.js';
import type { AotResult } from '../toolchains/wamrc.js';
import { runWasmOpt, wasmOptRecord, type WasmOpt } from '../toolchains/wasm-opt.js';
import { validateModule, type ModuleReport } from '../wasm/validate.js';
import { compileAot } from './aot.js';
import type { BuildPlan } from './build-plan.js';
import { decideFormat, type FormatDecision } from './component.js';
import { peekWasmKind } from './component.js';
import { packagedModule, type PackagedModule } from './module-bytes.js';

const DRIVERS: Record<Exclude<Language, 'wasm'>, LanguageDriver> = { c: cDriver, rust: rustDriver, go: goDriver };

export interface CompileDeps {
  runner: Runner;
  reporter: Reporter;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Scratch space the caller owns and removes. */
  workDir: string;
  /** The wasm-opt to run, when the plan asks for one (found before the up-to-date check). */
  wasmOpt?: WasmOpt;
  /** A driver for the plan's language (tests inject doubles); default: the real ones. */
  driver?: LanguageDriver;
}

/** What compile hands to assemble: the module to package and everything learnt making it. */
export interface CompiledModule {
  output: BuildOutput;
  /** The packaged (maybe stripped) module: what the image holds. */
  module: PackagedModule;
  report: ModuleReport;
  decision: FormatDecision;
  warnings: string[];
  /** "wasm-opt version 108 -O2" when wasm-opt ran. */
  wasmOpt?: string;
  /** wamrc's outputs, when AOT is on. */
  aot?: AotResult[];
}

/**
 * Toolchain -> module: the language driver (or the prebuilt file, read where the user put it),
 * wasm-opt when asked, validation, the format decision, the strip plan, and wamrc when AOT is on.
 */
export async function compile(plan: BuildPlan, deps: CompileDeps): Promise<CompiledModule> {
  const { config } = plan;
  const driver = deps.driver ?? (plan.language === 'wasm' ? prebuiltDriver(plan.wasm!) : DRIVERS[plan.language]);
  // TMPDIR in the scratch directory: a compiler killed by Ctrl-C leaves its temp files where they are removed.
  const built = await driver.build({ dir: plan.dir, config, runner: deps.runner, env: { ...deps.env, TMPDIR: deps.workDir }, reporter: deps.reporter, release: plan.release, workDir: deps.workDir, ...(deps.signal ? { signal: deps.signal } : {}) });
  let output = built;
  if (deps.wasmOpt) {
    deps.reporter.step(`optimising ${built.name}.wasm with ${wasmOptRecord(deps.wasmOpt)}`);
    const optimised = await runWasmOpt(deps.wasmOpt, built.module, { name: built.name, workDir: deps.workDir, runner: deps.runner, env: deps.env, ...(deps.signal ? { signal: deps.signal } : {}) });
    output = { ...built, module: optimised };
  }

  // Components are accepted (see component.ts); a core module must still be a command.
  const kind = await peekWasmKind(output.module);
  const report = await validateModule(output.module, { accept: ['module', 'component'], requireCommand: kind !== 'component' });
  const decision = decideFormat({
    report,
    requested: config.format,
    runSettings: { env: Object.keys(config.env ?? {}).length > 0, cmd: (config.cmd?.length ?? 0) > 0, labels: Object.keys(config.labels ?? {}).length > 0 },
    aot: config.aot?.enabled ?? false,
  });
  const warnings = [...report.warnings, ...decision.warnings];
  warnings.forEach((w) => deps.reporter.warn(w));
  decision.notes.forEach((n) => deps.reporter.info(n));
  // Stripping is a plan over the sections already walked; the kept bytes stream once into the layer.
  const strip = config.strip ?? plan.release;
  const module = packagedModule(output.module, report, { strip, name: output.name, workDir: deps.workDir });
  if (strip) deps.reporter.info(`stripped ${output.name}.wasm: ${module.plan.before} -> ${module.plan.after} bytes`);
  const aot = config.aot?.enabled
    ? await compileAot({ ...config.aot, module, name: output.name, workDir: deps.workDir }, { runner: deps.runner, reporter: deps.reporter, env: deps.env, ...(deps.signal ? { signal: deps.signal } : {}) })
    : undefined;
  return { output, module, report, decision, warnings, ...(deps.wasmOpt ? { wasmOpt: wasmOptRecord(deps.wasmOpt) } : {}), ...(aot ? { aot } : {}) };
}
