import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  chooseMode,
  createReporter
} from "./shared-report-console.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  WasmpackError,
  formatError,
  isWasmpackError,
  redact
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/base.ts
var import_clipanion = __toESM(require_advanced(), 1);
var WasmpackCommand = class extends import_clipanion.Command {
  static {
    __name(this, "WasmpackCommand");
  }
  json = import_clipanion.Option.Boolean("--json", !1, { description: "Print one JSON document on stdout instead of lines" });
  quiet = import_clipanion.Option.Boolean("-q,--quiet", !1, { description: "Print nothing on stderr but warnings and errors" });
  reporter;
  signal;
  async execute() {
    let controller = new AbortController(), onSignal = /* @__PURE__ */ __name((signal) => controller.abort(Object.assign(new WasmpackError("INTERRUPTED", "interrupted"), { exitCode: signal === "SIGTERM" ? 143 : 130 })), "onSignal");
    process.once("SIGINT", onSignal), process.once("SIGTERM", onSignal), this.signal = controller.signal, this.reporter = await createReporter(chooseMode({ quiet: this.quiet, json: this.json }));
    try {
      let code = await this.run() ?? 0;
      if (!controller.signal.aborted) return code;
      throw controller.signal.reason;
    } catch (err) {
      if (this.reporter.stop(), controller.signal.aborted) {
        let said = isWasmpackError(err) && err.code === "INTERRUPTED" && err !== controller.signal.reason;
        return this.context.stderr.write(said ? `${formatError(err)}
` : `error[INTERRUPTED]: interrupted; nothing half-written was kept
`), controller.signal.reason.exitCode ?? 130;
      }
      if (isWasmpackError(err))
        return this.context.stderr.write(`${formatError(err)}
`), 1;
      if (err instanceof import_clipanion.UsageError) {
        let name = this.path.join(" ");
        return this.context.stderr.write(`${formatError(new WasmpackError("BAD_USAGE", err.message, `see \`wasmpack ${name} --help\``))}
`), 2;
      }
      return this.context.stderr.write(`internal error (a bug in wasmpack; please report it with this output):
${redact(err?.stack ?? String(err))}
`), 70;
    } finally {
      process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal);
    }
  }
  /** Results go to stdout: lines, or one JSON document with --json. */
  output(lines, document) {
    if (this.json) this.context.stdout.write(`${JSON.stringify(document, null, 2)}
`);
    else for (let line of lines) this.context.stdout.write(`${line}
`);
  }
};
function keyValues(flag, values) {
  let out = {};
  for (let value of values ?? []) {
    let at = value.indexOf("=");
    if (at <= 0) throw new WasmpackError("BAD_FLAG", `${flag} expects KEY=VALUE, got "${value}"`, `for example ${flag} org.opencontainers.image.vendor=acme`);
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}
__name(keyValues, "keyValues");
function oneOf(flag, value, allowed) {
  if (value !== void 0) {
    if (!allowed.includes(value))
      throw new WasmpackError("BAD_FLAG", `${flag} must be one of ${allowed.join(", ")}, got "${value}"`, `for example ${flag} ${allowed[0]}`);
    return value;
  }
}
__name(oneOf, "oneOf");
function integer(flag, value, range = {}) {
  if (value === void 0) return;
  let { min, max } = range, bounds = min !== void 0 && max !== void 0 ? ` from ${min} to ${max}` : min !== void 0 ? ` of at least ${min}` : max !== void 0 ? ` of at most ${max}` : "", example = `for example ${flag} ${min ?? 0}`, parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(parsed)) throw new WasmpackError("BAD_FLAG", `${flag} takes a whole number${bounds}, got "${value}"`, example);
  if (min !== void 0 && parsed < min || max !== void 0 && parsed > max)
    throw new WasmpackError("BAD_FLAG", `${flag} takes a whole number${bounds}, got ${parsed}`, example);
  return parsed;
}
__name(integer, "integer");

export {
  WasmpackCommand,
  keyValues,
  oneOf,
  integer
};
