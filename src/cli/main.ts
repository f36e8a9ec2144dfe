import { Builtins, Cli } from 'clipanion';
import { packageVersion } from '../package-info.js';
import { BuildCommand } from './commands/build.js';
import { InitCommand } from './commands/init.js';
import { PushCommand } from './commands/push.js';

/** The only place that touches argv and the exit code. */
export async function main(argv: string[]): Promise<void> {
  const cli = new Cli({ binaryLabel: 'wasmpack', binaryName: 'wasmpack', binaryVersion: packageVersion(), enableCapture: false });
  cli.register(Builtins.HelpCommand);
  cli.register(Builtins.VersionCommand);
  cli.register(BuildCommand);
  cli.register(InitCommand);
  cli.register(PushCommand);
  const code = await cli.run(argv, Cli.defaultContext);
  process.exitCode = code;
}
