import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  optionSynopsis
} from "./shared-cli-help-describe.js";
import {
  CATEGORIES
} from "./shared-cli-commands.js";
import "./shared-cli-registry-options.js";
import "./shared-cli-base.js";
import "./shared-report-console.js";
import "./shared-auth-credential-helper.js";
import "./shared-auth-auth-file.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import "./shared-typanion.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

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
export {
  HELP_WIDTH,
  commandHelp,
  topHelp,
  wrap
};
