#!/usr/bin/env node
import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  CATEGORIES,
  COMMANDS,
  describeCommands,
  isCommand,
  loadAllCommands,
  loadCommand,
  optionSynopsis
} from "./chunks/chunk-JIB72A3F.js";
import {
  packageVersion
} from "./chunks/chunk-WB77DAOC.js";
import "./chunks/chunk-2D2TTHRU.js";
import "./chunks/chunk-FXZGHB2G.js";
import "./chunks/chunk-67L4IBXG.js";
import "./chunks/chunk-WAQHU2FN.js";
import "./chunks/chunk-EPR3OEVV.js";
import "./chunks/chunk-HHXO7FHZ.js";
import {
  require_advanced
} from "./chunks/chunk-JMGDALHU.js";
import "./chunks/chunk-7B7DAK5K.js";
import "./chunks/chunk-YTAEUQ4R.js";
import "./chunks/chunk-WPDU3T6I.js";
import {
  WasmpackError,
  formatError
} from "./chunks/chunk-U4FSHFBH.js";
import {
  __name,
  __toESM
} from "./chunks/chunk-GZZTAZ46.js";

// src/cli/main.ts
var import_clipanion = __toESM(require_advanced(), 1);

// src/cli/help/render.ts
var HELP_WIDTH = 100, TOP_FLAGS = [
  ["-h, --help", "Show this help; `wasmpack COMMAND --help` shows a command's options and examples"],
  ["-v, --version", "Print wasmpack's version"],
  ["--json", "Print one JSON document on stdout instead of lines"],
  ["-q, --quiet", "Print nothing on stderr but warnings and errors"]
];
function topHelp(commands, version, colored = !1) {
  let heading = headings(colored), lines = ["usage: wasmpack [--version] [--help] COMMAND [ARGS]", "", `wasmpack ${version}: build Rust, C and Go projects into WebAssembly OCI images and push them`], categories = [...CATEGORIES, ...new Set(commands.map((c) => c.category).filter((c) => !CATEGORIES.includes(c)))], width = Math.max(...commands.map((c) => c.name.length)) + 3;
  for (let category of categories) {
    let members = commands.filter((c) => c.category === category);
    if (members.length !== 0) {
      lines.push("", heading(`${category}:`));
      for (let c of members) lines.push(clip(`   ${c.name.padEnd(width)}${c.description}`));
    }
  }
  lines.push("", heading("Global flags:"));
  let flagWidth = Math.max(...TOP_FLAGS.map(([f]) => f.length)) + 3;
  for (let [flag, text] of TOP_FLAGS) lines.push(clip(`   ${flag.padEnd(flagWidth)}${text}`));
  return lines.push("", "Run `wasmpack COMMAND --help` (or `wasmpack help COMMAND`) for its options and examples."), `${lines.join(`
`)}
`;
}
__name(topHelp, "topHelp");
function commandHelp(command, colored = !1) {
  let heading = headings(colored), lines = [`usage: wasmpack ${command.name} [OPTIONS]${command.operands ? ` ${command.operands}` : ""}`, "", command.description];
  for (let paragraph of command.details.split(/\n\s*\n/).filter((p) => p.trim())) lines.push("", ...wrap(paragraph, HELP_WIDTH));
  let sections = [
    ["Options", "command"],
    ["Registry options", "registry"],
    ["Global flags", "global"]
  ], width = Math.min(32, Math.max(...command.options.map((o) => optionSynopsis(o).length)) + 3);
  for (let [title, section] of sections) {
    let options = command.options.filter((o) => o.section === section);
    if (section === "global" && options.push({ names: ["-h", "--help"], description: "Show this help", section }), options.length !== 0) {
      lines.push("", heading(`${title}:`));
      for (let option of options) lines.push(...optionLines(optionSynopsis(option), option.description, width));
    }
  }
  if (command.examples.length) {
    lines.push("", heading("Examples:"));
    for (let [what, example] of command.examples) lines.push(`   ${what}:`, ...wrap(`$ ${example}`, HELP_WIDTH - 5).map((l) => `     ${l}`));
  }
  return `${lines.join(`
`)}
`;
}
__name(commandHelp, "commandHelp");
function optionLines(synopsis, description, width) {
  let indent = 3 + width, text = wrap(description, HELP_WIDTH - indent), first = `   ${synopsis}`;
  return first.length + 1 > indent ? [first, ...text.map((l) => `${" ".repeat(indent)}${l}`)] : [`${first.padEnd(indent)}${text[0] ?? ""}`, ...text.slice(1).map((l) => `${" ".repeat(indent)}${l}`)];
}
__name(optionLines, "optionLines");
function wrap(text, width) {
  let lines = [], line = "";
  for (let word of text.split(/\s+/).filter(Boolean))
    line && line.length + 1 + word.length > width ? (lines.push(line), line = word) : line = line ? `${line} ${word}` : word;
  return line && lines.push(line), lines;
}
__name(wrap, "wrap");
function clip(line) {
  return line.length <= HELP_WIDTH ? line : `${line.slice(0, HELP_WIDTH - 3)}...`;
}
__name(clip, "clip");
function headings(colored) {
  return colored ? (text) => `\x1B[1m${text}\x1B[0m` : (text) => text;
}
__name(headings, "headings");

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
  if (first === void 0 || argv.length === 1 && (HELP_FLAGS.includes(first) || first === "help")) {
    process.stdout.write(topHelp(describeCommands(await loadAllCommands()), packageVersion(), colored));
    return;
  }
  if (argv.length === 1 && VERSION_FLAGS.includes(first)) {
    process.stdout.write(`${packageVersion()}
`);
    return;
  }
  if (first === "help") return main([...rest, "--help"]);
  if (!isCommand(first)) {
    let error = first.startsWith("-") ? unknownOption(first, "wasmpack", [...HELP_FLAGS, ...VERSION_FLAGS], "wasmpack --help") : unknownCommand(first, Object.keys(COMMANDS));
    return usageError(error);
  }
  let commandClass = await loadCommand(first);
  if (argv.slice(1, argv.includes("--") ? argv.indexOf("--") : void 0).some((a) => HELP_FLAGS.includes(a))) {
    process.stdout.write(commandHelp(describeCommands([commandClass])[0], colored));
    return;
  }
  let cli = new import_clipanion.Cli({ binaryLabel: "wasmpack", binaryName: "wasmpack", binaryVersion: packageVersion(), enableCapture: !1, enableColors: colored });
  cli.register(commandClass);
  let command;
  try {
    command = cli.process(argv, import_clipanion.Cli.defaultContext);
  } catch (err) {
    return usageError(parseFailure(err, argv, describeCommands([commandClass])[0]));
  }
  process.exitCode = await cli.run(command, import_clipanion.Cli.defaultContext);
}
__name(main, "main");
function usageError(error) {
  process.stderr.write(`${formatError(error)}
`), process.exitCode = USAGE_ERROR;
}
__name(usageError, "usageError");

// src/cli/bin.ts
await main(process.argv.slice(2));
