import { WasmpackError } from '../errors.js';
import type { CommandDoc } from './help/describe.js';
import { closest } from './help/suggest.js';

/*
 * A command line wasmpack cannot parse is a coded error like any other (exit 2), naming what was
 * typed and the closest thing wasmpack knows, instead of clipanion's list of every usage.
 */

export function unknownCommand(typed: string, commands: readonly string[]): WasmpackError {
  const guess = closest(typed, commands);
  return new WasmpackError(
    'UNKNOWN_COMMAND',
    `"${typed}" is not a wasmpack command`,
    guess ? `did you mean \`wasmpack ${guess}\`? (\`wasmpack --help\` lists the commands)` : `the commands are ${commands.join(', ')}; \`wasmpack --help\` says what each does`,
  );
}

export function unknownOption(typed: string, where: string, known: readonly string[], helpCommand: string): WasmpackError {
  const guess = closest(typed, known);
  return new WasmpackError(
    'UNKNOWN_OPTION',
    `${where} has no option ${typed}`,
    guess ? `did you mean ${guess}? (\`${helpCommand}\` lists the options)` : `\`${helpCommand}\` lists the options`,
  );
}

/**
 * Why clipanion refused a command line: an option the command does not have, or else clipanion's
 * own reason ("Not enough arguments to option --tag", "Extraneous positional argument").
 */
export function parseFailure(err: unknown, argv: readonly string[], command: CommandDoc): WasmpackError {
  const names = command.options.flatMap((o) => o.names);
  const help = `wasmpack ${command.name} --help`;
  for (const token of argv.slice(1)) {
    if (token === '--') break;
    if (!token.startsWith('-') || token === '-' || /^-\d/.test(token)) continue;
    const name = token.replace(/=.*$/, '');
    const flags = name.startsWith('--') || name.length === 2 ? [name] : [...name.slice(1)].map((c) => `-${c}`);
    const unknown = flags.find((f) => !names.includes(f));
    if (unknown) return unknownOption(unknown, `wasmpack ${command.name}`, names, help);
  }
  const reason = reasonOf(err);
  return new WasmpackError('BAD_USAGE', `cannot read this ${command.name} command line: ${reason}`, `usage: wasmpack ${command.name} [OPTIONS]${command.operands ? ` ${command.operands}` : ''} (see \`${help}\`)`);
}

function reasonOf(err: unknown): string {
  const candidates = (err as { candidates?: Array<{ reason: string | null }> }).candidates;
  const reason = candidates?.find((c) => c.reason)?.reason ?? (err as Error).message?.split('\n')[0] ?? String(err);
  return reason.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase());
}
