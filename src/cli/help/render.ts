import { CATEGORIES } from '../commands.js';
import { optionSynopsis, type CommandDoc, type OptionDoc } from './describe.js';

/*
 * Help is rendered here rather than by clipanion: clipanion 3 prints every option of every
 * command on one line with `#0` for each value (a 650-character line for build), and has no
 * command groups. This prints what git and podman do: a short grouped list of commands, and the
 * details with `COMMAND --help`. The text comes from the commands' own Command.Usage and options.
 */

/** Help lines are wrapped to this width. */
export const HELP_WIDTH = 100;

/** The flags every command takes, as the top-level help lists them. */
const TOP_FLAGS: Array<[string, string]> = [
  ['-h, --help', 'Show this help; `wasmpack COMMAND --help` shows a command\'s options and examples'],
  ['-v, --version', 'Print wasmpack\'s version'],
  ['--json', 'Print one JSON document on stdout instead of lines'],
  ['-q, --quiet', 'Print nothing on stderr but warnings and errors'],
];

export function topHelp(commands: readonly CommandDoc[], version: string, colored = false): string {
  const heading = headings(colored);
  const lines = [`usage: wasmpack [--version] [--help] COMMAND [ARGS]`, '', `wasmpack ${version}: build Rust, C and Go projects into WebAssembly OCI images and push them`];
  const categories = [...CATEGORIES, ...new Set(commands.map((c) => c.category).filter((c) => !CATEGORIES.includes(c)))];
  const width = Math.max(...commands.map((c) => c.name.length)) + 3;
  for (const category of categories) {
    const members = commands.filter((c) => c.category === category);
    if (members.length === 0) continue;
    lines.push('', heading(`${category}:`));
    for (const c of members) lines.push(clip(`   ${c.name.padEnd(width)}${c.description}`));
  }
  lines.push('', heading('Global flags:'));
  const flagWidth = Math.max(...TOP_FLAGS.map(([f]) => f.length)) + 3;
  for (const [flag, text] of TOP_FLAGS) lines.push(clip(`   ${flag.padEnd(flagWidth)}${text}`));
  lines.push('', 'Run `wasmpack COMMAND --help` (or `wasmpack help COMMAND`) for its options and examples.');
  return `${lines.join('\n')}\n`;
}

export function commandHelp(command: CommandDoc, colored = false): string {
  const heading = headings(colored);
  const lines = [`usage: wasmpack ${command.name} [OPTIONS]${command.operands ? ` ${command.operands}` : ''}`, '', command.description];
  for (const paragraph of command.details.split(/\n\s*\n/).filter((p) => p.trim())) lines.push('', ...wrap(paragraph, HELP_WIDTH));
  const sections: Array<[string, OptionDoc['section']]> = [
    ['Options', 'command'],
    ['Registry options', 'registry'],
    ['Global flags', 'global'],
  ];
  const width = Math.min(32, Math.max(...command.options.map((o) => optionSynopsis(o).length)) + 3);
  for (const [title, section] of sections) {
    const options = command.options.filter((o) => o.section === section);
    if (section === 'global') options.push({ names: ['-h', '--help'], description: 'Show this help', section });
    if (options.length === 0) continue;
    lines.push('', heading(`${title}:`));
    for (const option of options) lines.push(...optionLines(optionSynopsis(option), option.description, width));
  }
  if (command.examples.length) {
    lines.push('', heading('Examples:'));
    for (const [what, example] of command.examples) lines.push(`   ${what}:`, ...wrap(`$ ${example}`, HELP_WIDTH - 5).map((l) => `     ${l}`));
  }
  return `${lines.join('\n')}\n`;
}

/** One option: its synopsis, then its description wrapped beside it (or under it when the synopsis is long). */
function optionLines(synopsis: string, description: string, width: number): string[] {
  const indent = 3 + width;
  const text = wrap(description, HELP_WIDTH - indent);
  const first = `   ${synopsis}`;
  if (first.length + 1 > indent) return [first, ...text.map((l) => `${' '.repeat(indent)}${l}`)];
  return [`${first.padEnd(indent)}${text[0] ?? ''}`, ...text.slice(1).map((l) => `${' '.repeat(indent)}${l}`)];
}

/** Greedy word wrap; a word longer than the width gets a line of its own. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A one-line entry longer than the help's width is cut with an ellipsis: the command's own help has it all. */
function clip(line: string): string {
  return line.length <= HELP_WIDTH ? line : `${line.slice(0, HELP_WIDTH - 3)}...`;
}

/** Headings in bold for a person at a terminal; plain when piped or NO_COLOR is set. */
function headings(colored: boolean): (text: string) => string {
  return colored ? (text) => `\u001b[1m${text}\u001b[0m` : (text) => text;
}
