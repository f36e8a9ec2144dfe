#!/usr/bin/env node
import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  unknownCommand,
  unknownOption
} from "./chunks/chunk-HLILYZ25.js";
import {
  COMMANDS,
  isCommand,
  loadAllCommands,
  loadCommand
} from "./chunks/chunk-OQOJ4N4X.js";
import {
  packageVersion
} from "./chunks/chunk-WB77DAOC.js";
import {
  require_advanced
} from "./chunks/chunk-JMGDALHU.js";
import {
  formatError
} from "./chunks/chunk-U4FSHFBH.js";
import {
  __name,
  __toESM
} from "./chunks/chunk-GZZTAZ46.js";

// src/cli/main.ts
var import_clipanion = __toESM(require_advanced(), 1);
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
  let cli = new import_clipanion.Cli({ binaryLabel: "wasmpack", binaryName: "wasmpack", binaryVersion: packageVersion(), enableCapture: !1, enableColors: colored });
  cli.register(commandClass);
  let command;
  try {
    command = cli.process(argv, import_clipanion.Cli.defaultContext);
  } catch (err) {
    let [{ describeCommands }, { parseFailure }] = await Promise.all([helpModules(), import("./chunks/usage-errors-MX274EIN.js")]);
    return usageError(parseFailure(err, argv, describeCommands([commandClass])[0]));
  }
  process.exitCode = await cli.run(command, import_clipanion.Cli.defaultContext);
}
__name(main, "main");
async function helpModules() {
  let [describe, render] = await Promise.all([import("./chunks/describe-XV2XR6EG.js"), import("./chunks/render-FSOKPQIY.js")]);
  return { ...describe, ...render };
}
__name(helpModules, "helpModules");
function usageError(error) {
  process.stderr.write(`${formatError(error)}
`), process.exitCode = USAGE_ERROR;
}
__name(usageError, "usageError");

// src/cli/bin.ts
await main(process.argv.slice(2));
