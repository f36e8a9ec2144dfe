import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackCommand
} from "./shared-cli-base.js";
import "./shared-report-console.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  WasmpackError,
  formatError
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/doctor.ts
var import_clipanion = __toESM(require_advanced(), 1);
var CANNOT_BUILD = 1, DoctorCommand = class extends WasmpackCommand {
  static {
    __name(this, "DoctorCommand");
  }
  static paths = [["doctor"]];
  static usage = import_clipanion.Command.Usage({
    category: "Project",
    description: "Show the toolchains, runtimes and credentials found here, and what is missing",
    details: `
      For Rust, C and Go: every toolchain found (path, version, whether its wasm target is
      installed) and the one \`wasmpack build\` would pick, with why. Then wamrc (version, AOT
      format, targets), the runtimes \`wasmpack run\` can start, the registries credentials are
      stored for (names only, never secrets), and whether the project in DIR (default .) builds.
      Whatever is missing comes with the command that installs it on Debian/Ubuntu and macOS.
      Exits 0 unless --strict is given and the project cannot be built.
    `,
    examples: [
      ["Check this machine", "$0 doctor"],
      ["Fail a CI job when the project cannot be built here", "$0 doctor --strict"],
      ["As JSON (schemas/doctor-output.schema.json)", "$0 doctor --json"]
    ]
  });
  dir = import_clipanion.Option.String("-C,--dir", ".", { description: "Project directory to check (default: the current one)" });
  strict = import_clipanion.Option.Boolean("--strict", !1, { description: "Exit 1 when the project in DIR cannot be built" });
  async run() {
    let { doctor } = await import("./pipeline-doctor.js"), { doctorLines } = await import("./cli-doctor-view.js");
    this.reporter.step("looking for toolchains, runtimes and credentials");
    let report = await doctor({ env: process.env, dir: this.dir });
    if (this.reporter.stop(), this.output(doctorLines(report), report), this.strict && !report.project.buildable) {
      let problem = report.project.problem, hint = report.project.language ? `install what \`wasmpack doctor\` lists as missing for ${report.project.language}` : problem?.hint ?? "run doctor in a project directory, or pass -C DIR";
      return this.context.stderr.write(`${formatError(new WasmpackError(problem?.code ?? "NO_PROJECT", `the project in ${report.project.dir} cannot be built here: ${problem?.message.split(`
`)[0] ?? ""}`, hint))}
`), CANNOT_BUILD;
    }
    return 0;
  }
};
export {
  DoctorCommand
};
