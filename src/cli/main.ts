import { formatError, WasmpackError } from '../errors.js';
import { packageVersion } from '../package-info.js';
import { COMMANDS, isCommand, loadAllCommands, loadCommand } from './commands.js';
import { parseFailure, unknownCommand, unknownOption } from './usage-errors.js';

/** Exit code for a command line wasmpack cannot parse (as most CLIs do). */
const USAGE_ERROR = 2;

const HELP_FLAGS = ['-h', '--help'];
const VERSION_FLAGS = ['-v', '--version'];

/** The only place that touches argv and the exit code. */
export async function main(argv: string[]): Promise<void> {
  // Help is coloured only for a person at a terminal: `wasmpack --help | less` gets plain text.
  const colored = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const [first, ...rest] = argv;
  if (first === undefined || HELP_FLAGS.includes(first) || (first === 'help' && (rest.length === 0 || rest[0] === 'help' || HELP_FLAGS.includes(rest[0]!)))) {
    const { describeCommands, topHelp } = await helpModules();
    process.stdout.write(topHelp(describeCommands(await loadAllCommands()), packageVersion(), colored));
    return;
  }
  if (VERSION_FLAGS.includes(first)) {
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  // `wasmpack help COMMAND` is `wasmpack COMMAND --help`.
  if (first === 'help') return main([rest[0]!, '--help']);
  if (!isCommand(first)) {
    const error = first.startsWith('-')
      ? unknownOption(first, 'wasmpack', [...HELP_FLAGS, ...VERSION_FLAGS], 'wasmpack --help')
      : unknownCommand(first, Object.keys(COMMANDS));
    return usageError(error);
  }
  const commandClass = await loadCommand(first);
  const options = argv.slice(1, argv.includes('--') ? argv.indexOf('--') : undefined);
  if (options.some((a) => HELP_FLAGS.includes(a))) {
    const { describeCommands, commandHelp } = await helpModules();
    process.stdout.write(commandHelp(describeCommands([commandClass])[0]!, colored));
    return;
  }
  // clipanion loads only to parse a command (not for --version or help). It is CommonJS: the
  // bundle's dynamic import gives its exports only as `default`.
  const { Cli } = (await import('clipanion')).default;
  const cli = new Cli({ binaryLabel: 'wasmpack', binaryName: 'wasmpack', binaryVersion: packageVersion(), enableCapture: false, enableColors: colored });
  cli.register(commandClass);
  let command;
  try {
    command = cli.process(argv, Cli.defaultContext);
  } catch (err) {
    const { describeCommands } = await helpModules();
    return usageError(parseFailure(err, argv, describeCommands([commandClass])[0]!));
  }
  process.exitCode = await cli.run(command, Cli.defaultContext);
}

/** Help is rendered only when asked for: a command line that parses does not load it. */
async function helpModules() {
  const [describe, render] = await Promise.all([import('./help/describe.js'), import('./help/render.js')]);
  return { ...describe, ...render };
}

/** Parse errors go to stderr (stdout is for results), coded like every other error. */
function usageError(error: WasmpackError): void {
  process.stderr.write(`${formatError(error)}\n`);
  process.exitCode = USAGE_ERROR;
}
