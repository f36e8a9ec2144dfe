import { join } from 'node:path';
import { WasmpackError } from '../../errors.js';
import { tail } from '../../process/exec.js';
import type { BuildContext, BuildOutput, LanguageDriver } from '../driver.js';
import { moduleName } from '../module-name.js';
import { buildFailureHint, goBuildPlan, moduleTitle, parseGoModulePath, tinygoBuildPlan, type GoBuildPlan, type PlanOptions } from './plan.js';
import { chooseGoToolchain, goCandidates, realGoHost, type GoHost } from './toolchain.js';

export * from './plan.js';
export * from './toolchain.js';

export function createGoDriver(host: GoHost = realGoHost): LanguageDriver {
  return {
    language: 'go',
    async build(ctx: BuildContext): Promise<BuildOutput> {
      const goModText = await host.readFile(join(ctx.dir, 'go.mod'));
      if (goModText === undefined) {
        throw new WasmpackError('GO_MOD_NOT_FOUND', `${ctx.dir} has no go.mod, so it is not a Go module.`, 'run `go mod init example.com/<name>` in the project directory');
      }
      const modulePath = parseGoModulePath(goModText);
      const title = modulePath ? moduleTitle(modulePath) : undefined;
      const name = moduleName(ctx.config.name ?? title ?? dirnameOf(ctx.dir));

      const goConfig = ctx.config.go ?? {};
      const { toolchain, fellBackToGo } = await chooseGoToolchain(goConfig.toolchain, ctx.runner, ctx.env, host, ctx.signal);
      if (fellBackToGo) {
        ctx.reporter.info('TinyGo was not found, so Go builds this module; TinyGo output is typically 10-50x smaller (install TinyGo, or set go.toolchain to "go" to silence this)');
      }

      const output = join(ctx.workDir, `${name}.wasm`);
      const options: PlanOptions = { output, strip: ctx.config.strip ?? ctx.release, go: goConfig, env: ctx.env };
      let plan: GoBuildPlan;
      if (toolchain.kind === 'tinygo') {
        const onPath = await host.findOnPath('go', ctx.env);
        const lend = onPath ? undefined : (await goCandidates(ctx.env, host))[0];
        plan = tinygoBuildPlan(toolchain, options, lend);
      } else {
        plan = goBuildPlan(toolchain, options);
      }

      ctx.reporter.step(`compiling ${name} with ${plan.description}`);
      const result = await ctx.runner(plan.command, plan.args, { cwd: ctx.dir, env: plan.env, signal: ctx.signal });
      if (result.code !== 0) {
        const text = (result.stderr || result.stdout).trim();
        throw new WasmpackError(
          'GO_BUILD_FAILED',
          `building ${name} with ${plan.description} failed (${plan.command} exited with ${result.code})${text ? `:\n${tail(text, 40)}` : ''}`,
          buildFailureHint(text, toolchain),
        );
      }
      if (!(await host.exists(output))) {
        throw new WasmpackError('GO_BUILD_FAILED', `${plan.command} exited successfully but wrote no module at ${output}.`, 'check go.package names a main package');
      }
      ctx.reporter.succeed(`compiled ${name}.wasm`);
      if (toolchain.kind === 'go' && !ctx.config.aot?.enabled) {
        // Measured with crun + WAMR: its interpreter gets an 8 KiB wasm stack, too small for Go's runtime.
        ctx.reporter.info(
          "note: crun's WAMR handler gives the interpreter an 8 KiB wasm stack, so this Go module fails there (\"Failed to call the WASM function\"); build with --aot for crun-wamr nodes (it runs as AOT), or use wasmtime/wasmedge/runwasi, which run it as is. crun-wamr also exits 0 whatever the module's exit code",
        );
      }
      return { module: output, name, metadata: title ? { title } : {}, toolchain: plan.description, inputs: { go: { command: toolchain.kind === 'tinygo' ? 'go' : plan.command, env: plan.env } } };
    },
  };
}

export const goDriver: LanguageDriver = createGoDriver();

function dirnameOf(dir: string): string {
  return dir.split(/[\\/]/).filter(Boolean).pop() ?? 'app';
}


