import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  COMMANDS,
  isCommand,
  loadAllCommands,
  loadCommand
} from "./shared-cli-commands.js";
import {
  WasmpackError,
  formatError
} from "./shared-errors.js";
import {
  packageVersion
} from "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/help/suggest.ts
function editDistance(a, b) {
  let d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost), i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && (d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1));
    }
  return d[a.length][b.length];
}
__name(editDistance, "editDistance");
function closest(typed, candidates) {
  let prefixed = candidates.filter((c) => typed.length >= 2 && c.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0];
  let best, bestDistance = 1 / 0;
  for (let candidate of candidates) {
    let distance = editDistance(typed, candidate);
    distance < bestDistance && ([best, bestDistance] = [candidate, distance]);
  }
  let allowed = Math.max(1, Math.min(3, Math.floor(typed.replace(/^-+/, "").length / 3)));
  return bestDistance <= allowed ? best : void 0;
}
__name(closest, "closest");

// src/cli/usage-errors.ts
function unknownCommand(typed, commands) {
  let guess = closest(typed, commands);
  return new WasmpackError(
    "UNKNOWN_COMMAND",
    `"${typed}" is not a wasmpack command`,
    guess ? `did you mean \`wasmpack ${guess}\`? (\`wasmpack --help\` lists the commands)` : `the commands are ${commands.join(", ")}; \`wasmpack --help\` says what each does`
  );
}
__name(unknownCommand, "unknownCommand");
function unknownOption(typed, where, known, helpCommand) {
  let guess = closest(typed, known);
  return new WasmpackError(
    "UNKNOWN_OPTION",
    `${where} has no option ${typed}`,
    guess ? `did you mean ${guess}? (\`${helpCommand}\` lists the options)` : `\`${helpCommand}\` lists the options`
  );
}
__name(unknownOption, "unknownOption");
function parseFailure(err, argv, command) {
  let names = command.options.flatMap((o) => o.names), help = `wasmpack ${command.name} --help`;
  for (let token of argv.slice(1)) {
    if (token === "--") break;
    if (!token.startsWith("-") || token === "-" || /^-\d/.test(token)) continue;
    let name = token.replace(/=.*$/, ""), unknown = (name.startsWith("--") || name.length === 2 ? [name] : [...name.slice(1)].map((c) => `-${c}`)).find((f) => !names.includes(f));
    if (unknown) return unknownOption(unknown, `wasmpack ${command.name}`, names, help);
  }
  let reason = reasonOf(err);
  return new WasmpackError("BAD_USAGE", `cannot read this ${command.name} command line: ${reason}`, `usage: wasmpack ${command.name} [OPTIONS]${command.operands ? ` ${command.operands}` : ""} (see \`${help}\`)`);
}
__name(parseFailure, "parseFailure");
function reasonOf(err) {
  return (err.candidates?.find((c) => c.reason)?.reason ?? err.message?.split(`
`)[0] ?? String(err)).replace(/\.$/, "").replace(/^./, (c) => c.toLowerCase());
}
__name(reasonOf, "reasonOf");

// src/cli/main.ts
var USAGE_ERROR = 2, HELP_FLAGS = ["-h", "--help"], VERSION_FLAGS = ["-v", "--version"];
async function main(argv) {
  let colored = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb", [first, ...rest] = argv;
  if (first === void 0 || HELP_FLAGS.includes(first) || first === "help" && (rest.length === 0 || rest[0] === "help" || HELP_FLAGS.includes(rest[0]))) {
    let { describeCommands, topHelp } = await helpModules();
    process.stdout.write(topHelp(describeCommands(await loadAllCommands()), packageVersion(), colored));
    return;
  }
  if (VERSION_FLAGS.includes(first)) {
    process.stdout.write(`${packageVersion()}
`);
    return;
  }
  if (first === "help") return main([rest[0], "--help"]);
  if (!isCommand(first)) {
    let error = first.startsWith("-") ? unknownOption(first, "wasmpack", [...HELP_FLAGS, ...VERSION_FLAGS], "wasmpack --help") : unknownCommand(first, Object.keys(COMMANDS));
    return usageError(error);
  }
  let commandClass = await loadCommand(first);
  if (argv.slice(1, argv.includes("--") ? argv.indexOf("--") : void 0).some((a) => HELP_FLAGS.includes(a))) {
    let { describeCommands, commandHelp } = await helpModules();
    process.stdout.write(commandHelp(describeCommands([commandClass])[0], colored));
    return;
  }
  let { Cli } = (await import("./clipanion-advanced.js")).default, cli = new Cli({ binaryLabel: "wasmpack", binaryName: "wasmpack", binaryVersion: packageVersion(), enableCapture: !1, enableColors: colored });
  cli.register(commandClass);
  let command;
  try {
    command = cli.process(argv, Cli.defaultContext);
  } catch (err) {
    let { describeCommands } = await helpModules();
    return usageError(parseFailure(err, argv, describeCommands([commandClass])[0]));
  }
  process.exitCode = await cli.run(command, Cli.defaultContext);
}
__name(main, "main");
async function helpModules() {
  let [describe, render] = await Promise.all([import("./cli-help-describe.js"), import("./cli-help-render.js")]);
  return { ...describe, ...render };
}
__name(helpModules, "helpModules");
function usageError(error) {
  process.stderr.write(`${formatError(error)}
`), process.exitCode = USAGE_ERROR;
}
__name(usageError, "usageError");
export {
  main
};
