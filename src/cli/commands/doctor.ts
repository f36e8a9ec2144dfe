import { Command, Option } from 'clipanion';
import { formatError, WasmpackError } from '../../errors.js';
import { WasmpackCommand } from '../base.js';

/** `--strict` and the project cannot be built: the exit code scripts test for. */
const CANNOT_BUILD = 1;

export class DoctorCommand extends WasmpackCommand {
  static override paths = [['doctor']];
  static override usage = Command.Usage({
    category: 'Project',
    description: 'Show the toolchains, runtimes and credentials found here, and what is missing',
    details: `
      For Rust, C and Go: every toolchain found (path, version, whether its wasm target is
      installed) and the one \`wasmpack build\` would pick, with why. Then wamrc (version, AOT
      format, targets), the runtimes \`wasmpack run\` can start, the registries credentials are
      stored for (names only, never secrets), and whether the project in DIR (default .) builds.
      Whatever is missing comes with the command that installs it on Debian/Ubuntu and macOS.
      Exits 0 unless --strict is given and the project cannot be built.
    `,
    examples: [
      ['Check this machine', '$0 doctor'],
      ['Fail a CI job when the project cannot be built here', '$0 doctor --strict'],
      ['As JSON (schemas/doctor-output.schema.json)', '$0 doctor --json'],
    ],
  });

  dir = Option.String('-C,--dir', '.', { description: 'Project directory to check (default: the current one)' });
  strict = Option.Boolean('--strict', false, { description: 'Exit 1 when the project in DIR cannot be built' });

  async run(): Promise<number> {
    const { doctor } = await import('../../pipeline/doctor.js');
    const { doctorLines } = await import('../doctor-view.js');
    this.reporter.step('looking for toolchains, runtimes and credentials');
    const report = await doctor({ env: process.env, dir: this.dir });
    this.reporter.stop();
    this.output(doctorLines(report), report);
    if (this.strict && !report.project.buildable) {
      const problem = report.project.problem;
      const hint = report.project.language ? `install what \`wasmpack doctor\` lists as missing for ${report.project.language}` : (problem?.hint ?? 'run doctor in a project directory, or pass -C DIR');
      this.context.stderr.write(`${formatError(new WasmpackError(problem?.code ?? 'NO_PROJECT', `the project in ${report.project.dir} cannot be built here: ${problem?.message.split('\n')[0] ?? ''}`, hint))}\n`);
      return CANNOT_BUILD;
    }
    return 0;
  }
}
