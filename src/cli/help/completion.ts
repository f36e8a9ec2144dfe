import type { CommandDoc } from './describe.js';

/**
 * Shell completion scripts, generated from the same command descriptions as the help (so a new
 * command or option completes without touching this file). Commands complete after `wasmpack`,
 * options after a command when the word starts with `-`; anything else falls back to file names.
 */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function completionScript(shell: Shell, commands: readonly CommandDoc[]): string {
  switch (shell) {
    case 'bash':
      return bash(commands);
    case 'zsh':
      return zsh(commands);
    case 'fish':
      return fish(commands);
  }
}

const optionNames = (c: CommandDoc) => [...c.options.flatMap((o) => o.names), '--help'];

function bash(commands: readonly CommandDoc[]): string {
  const cases = commands.map((c) => `    ${c.name}) opts="${optionNames(c).join(' ')}" ;;`);
  return `# wasmpack completion for bash: source it, or save it as
# /usr/share/bash-completion/completions/wasmpack (wasmpack completion bash > ...)
_wasmpack() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${commands.map((c) => c.name).join(' ')} help --help --version" -- "$cur") )
    return 0
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join('\n')}
    help) COMPREPLY=( $(compgen -W "${commands.map((c) => c.name).join(' ')}" -- "$cur") ); return 0 ;;
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -f -- "$cur") )
  fi
  return 0
}
complete -o filenames -F _wasmpack wasmpack
`;
}

/** zsh single-quoted word, with `:` escaped for _describe's NAME:DESCRIPTION pairs. */
const zshWord = (name: string, description: string) => `'${`${name.replace(/:/g, '\\:')}:${description}`.replace(/'/g, `'\\''`)}'`;

function zsh(commands: readonly CommandDoc[]): string {
  const cases = commands.map((c) => {
    const opts = [...c.options.flatMap((o) => o.names.map((n) => zshWord(n, o.description))), zshWord('--help', 'Show the help')];
    return `    ${c.name}) opts=(${opts.join(' ')}) ;;`;
  });
  return `#compdef wasmpack
# wasmpack completion for zsh: save it as _wasmpack in a directory on $fpath, or source it
_wasmpack() {
  local -a commands opts
  commands=(${commands.map((c) => zshWord(c.name, c.description)).join(' ')})
  if (( CURRENT == 2 )); then
    _describe -t commands 'wasmpack command' commands
    return
  fi
  case $words[2] in
${cases.join('\n')}
  esac
  if [[ $PREFIX == -* ]]; then
    _describe -t options 'option' opts
  else
    _files
  fi
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then _wasmpack "$@"; else compdef _wasmpack wasmpack; fi
`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(commands: readonly CommandDoc[]): string {
  const lines = [
    '# wasmpack completion for fish: save it as ~/.config/fish/completions/wasmpack.fish',
    'complete -c wasmpack -f',
    ...commands.map((c) => `complete -c wasmpack -n __fish_use_subcommand -a ${c.name} -d ${fishQuote(c.description)}`),
  ];
  for (const c of commands) {
    for (const o of c.options) {
      const flags = o.names.map((n) => (n.startsWith('--') ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`)).join(' ');
      const takesValue = o.placeholder && !o.placeholder.startsWith('[') ? ' -r -F' : '';
      lines.push(`complete -c wasmpack -n '__fish_seen_subcommand_from ${c.name}' ${flags}${takesValue} -d ${fishQuote(o.description)}`);
    }
    lines.push(`complete -c wasmpack -n '__fish_seen_subcommand_from ${c.name}' -F`);
  }
  return `${lines.join('\n')}\n`;
}
