import type { CommandClass } from 'clipanion';
import { packageVersion } from '../package-info.js';

/** Exit code for a command line wasmpack cannot parse (as most CLIs do). */
const USAGE_ERROR = 2;

/**
 * Each command's class, loaded on use. clipanion builds one parser state machine over every
 * registered command's options, which was most of the CLI's start-up (and its garbage), so a
 * command line registers only what it can reach: `wasmpack build ...` the build command,
 * `--version` none; anything else (help, a typo that deserves "did you mean") all of them.
 */
const COMMANDS: Record<string, () => Promise<CommandClass>> = {
  build: async () => (await import('./commands/build.js')).BuildCommand,
  init: async () => (await import('./commands/init.js')).InitCommand,
  push: async () => (await import('./commands/push.js')).PushCommand,
  login: async () => (await import('./commands/login.js')).LoginCommand,
  logout: async () => (await import('./commands/logout.js')).LogoutCommand,
  inspect: async () => (await import('./commands/inspect.js')).InspectCommand,
  pull: async () => (await import('./commands/pull.js')).PullCommand,
  run: async () => (await import('./commands/run.js')).RunCommand,
};

export async function commandsFor(argv: readonly string[]): Promise<CommandClass[]> {
  const first = argv[0];
  if (first !== undefined && Object.hasOwn(COMMANDS, first)) return [await COMMANDS[first]!()];
  if (argv.length === 1 && (first === '--version' || first === '-v')) return [];
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}

/** The only place that touches argv and the exit code. */
export async function main(argv: string[]): Promise<void> {
  // `--version` needs no parser: clipanion's module alone (and the process.stdin it opens when it
  // loads) was most of what the CLI added to node's start-up. Same output as its VersionCommand.
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
    process.stdout.write(`${packageVersion()}\n`);
    return;
  }
  // clipanion is CommonJS: the bundle's dynamic import gives its exports only as `default`.
  const { Builtins, Cli } = (await import('clipanion')).default;
  // Help is coloured only for a person at a terminal: `wasmpack --help | less` gets plain text.
  const enableColors = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const cli = new Cli({ binaryLabel: 'wasmpack', binaryName: 'wasmpack', binaryVersion: packageVersion(), enableCapture: false, enableColors });
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  for (const command of await commandsFor(argv)) cli.register(command);
  // clipanion prints parse errors on stdout; stdout is for results, so parse here and report on stderr.
  let command;
  try {
    command = cli.process(argv, Cli.defaultContext);
  } catch (err) {
    process.stderr.write(cli.error(err, { colored: Boolean(process.stderr.isTTY) && !process.env.NO_COLOR }));
    process.exitCode = USAGE_ERROR;
    return;
  }
  process.exitCode = await cli.run(command, Cli.defaultContext);
}
