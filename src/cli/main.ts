import { Builtins, Cli } from 'clipanion';
import { packageVersion } from '../package-info.js';
import { BuildCommand } from './commands/build.js';
import { InitCommand } from './commands/init.js';
import { InspectCommand } from './commands/inspect.js';
import { LoginCommand } from './commands/login.js';
import { LogoutCommand } from './commands/logout.js';
import { PullCommand } from './commands/pull.js';
import { PushCommand } from './commands/push.js';
import { RunCommand } from './commands/run.js';

/** Exit code for a command line wasmpack cannot parse (as most CLIs do). */
const USAGE_ERROR = 2;

/** The only place that touches argv and the exit code. */
export async function main(argv: string[]): Promise<void> {
  // Help is coloured only for a person at a terminal: `wasmpack --help | less` gets plain text.
  const enableColors = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  const cli = new Cli({ binaryLabel: 'wasmpack', binaryName: 'wasmpack', binaryVersion: packageVersion(), enableCapture: false, enableColors });
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  cli.register(BuildCommand);
  cli.register(InitCommand);
  cli.register(PushCommand);
  cli.register(LoginCommand);
  cli.register(LogoutCommand);
  cli.register(InspectCommand);
  cli.register(PullCommand);
  cli.register(RunCommand);
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
