import { Command, Option } from 'clipanion';
import { loadAllCommands } from '../commands.js';
import { oneOf, WasmpackCommand } from '../base.js';
import { describeCommands } from '../help/describe.js';
import { completionScript, SHELLS } from '../help/completion.js';

export class CompletionCommand extends WasmpackCommand {
  static override paths = [['completion']];
  static override usage = Command.Usage({
    category: 'Project',
    description: 'Print the shell completion script for bash, zsh or fish',
    details: `
      The script completes commands, and each command's options after a "-". It is generated from
      the same command definitions as the help, so it is as current as the wasmpack that prints it.
    `,
    examples: [
      ['Complete in this bash session', 'source <($0 completion bash)'],
      ['Install for bash', '$0 completion bash > /usr/share/bash-completion/completions/wasmpack'],
      ['Install for zsh', '$0 completion zsh > "${fpath[1]}/_wasmpack"'],
      ['Install for fish', '$0 completion fish > ~/.config/fish/completions/wasmpack.fish'],
    ],
  });

  shell = Option.String({ name: 'bash|zsh|fish' });

  async run(): Promise<number> {
    const shell = oneOf('SHELL', this.shell, SHELLS)!;
    this.context.stdout.write(completionScript(shell, describeCommands(await loadAllCommands())));
    return 0;
  }
}
