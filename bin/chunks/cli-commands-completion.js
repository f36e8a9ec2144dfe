import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  describeCommands
} from "./shared-cli-help-describe.js";
import {
  loadAllCommands
} from "./shared-cli-commands.js";
import "./shared-cli-registry-options.js";
import {
  WasmpackCommand,
  oneOf
} from "./shared-cli-base.js";
import "./shared-report-console.js";
import "./shared-auth-credential-helper.js";
import "./shared-auth-auth-file.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import {
  require_advanced
} from "./shared-typanion.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/completion.ts
var import_clipanion = __toESM(require_advanced(), 1);

// src/cli/help/completion.ts
var SHELLS = ["bash", "zsh", "fish"];
function completionScript(shell, commands) {
  switch (shell) {
    case "bash":
      return bash(commands);
    case "zsh":
      return zsh(commands);
    case "fish":
      return fish(commands);
  }
}
__name(completionScript, "completionScript");
var optionNames = /* @__PURE__ */ __name((c) => [...c.options.flatMap((o) => o.names), "--help"], "optionNames"), head = /* @__PURE__ */ __name((c) => c.name.split(" ")[0], "head"), tail = /* @__PURE__ */ __name((c) => c.name.split(" ").slice(1).join(" "), "tail"), heads = /* @__PURE__ */ __name((commands) => [...new Set(commands.map(head))], "heads");
function bash(commands) {
  let cases = commands.map((c) => {
    let sub = tail(c) ? `if [ "$COMP_CWORD" -eq 2 ]; then COMPREPLY=( $(compgen -W "${tail(c)}" -- "$cur") ); return 0; fi; ` : "";
    return `    ${head(c)}) ${sub}opts="${optionNames(c).join(" ")}" ;;`;
  });
  return `# wasmpack completion for bash: source it, or save it as
# /usr/share/bash-completion/completions/wasmpack (wasmpack completion bash > ...)
_wasmpack() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" opts=""
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${heads(commands).join(" ")} help --help --version" -- "$cur") )
    return 0
  fi
  case "\${COMP_WORDS[1]}" in
${cases.join(`
`)}
    help) COMPREPLY=( $(compgen -W "${heads(commands).join(" ")}" -- "$cur") ); return 0 ;;
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
__name(bash, "bash");
var zshWord = /* @__PURE__ */ __name((name, description) => `'${`${name.replace(/:/g, "\\:")}:${description}`.replace(/'/g, "'\\''")}'`, "zshWord");
function zsh(commands) {
  let cases = commands.map((c) => {
    let opts = [...c.options.flatMap((o) => o.names.map((n) => zshWord(n, o.description))), zshWord("--help", "Show the help")];
    return `    ${head(c)}) opts=(${opts.join(" ")}) ;;`;
  });
  return `#compdef wasmpack
# wasmpack completion for zsh: save it as _wasmpack in a directory on $fpath, or source it
_wasmpack() {
  local -a commands opts
  commands=(${commands.map((c) => zshWord(head(c), c.description)).join(" ")})
  if (( CURRENT == 2 )); then
    _describe -t commands 'wasmpack command' commands
    return
  fi
  case $words[2] in
${cases.join(`
`)}
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
__name(zsh, "zsh");
var fishQuote = /* @__PURE__ */ __name((text) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`, "fishQuote");
function fish(commands) {
  let lines = [
    "# wasmpack completion for fish: save it as ~/.config/fish/completions/wasmpack.fish",
    "complete -c wasmpack -f",
    ...commands.map((c) => `complete -c wasmpack -n __fish_use_subcommand -a ${head(c)} -d ${fishQuote(c.description)}`)
  ];
  for (let c of commands) {
    tail(c) && lines.push(`complete -c wasmpack -n '__fish_seen_subcommand_from ${head(c)}' -a ${fishQuote(tail(c))}`);
    for (let o of c.options) {
      let flags = o.names.map((n) => n.startsWith("--") ? `-l ${n.slice(2)}` : `-s ${n.slice(1)}`).join(" "), takesValue = o.placeholder && !o.placeholder.startsWith("[") ? " -r -F" : "";
      lines.push(`complete -c wasmpack -n '__fish_seen_subcommand_from ${head(c)}' ${flags}${takesValue} -d ${fishQuote(o.description)}`);
    }
    lines.push(`complete -c wasmpack -n '__fish_seen_subcommand_from ${head(c)}' -F`);
  }
  return `${lines.join(`
`)}
`;
}
__name(fish, "fish");

// src/cli/commands/completion.ts
var CompletionCommand = class extends WasmpackCommand {
  static {
    __name(this, "CompletionCommand");
  }
  static paths = [["completion"]];
  static usage = import_clipanion.Command.Usage({
    category: "Project",
    description: "Print the shell completion script for bash, zsh or fish",
    details: `
      The script completes commands, and each command's options after a "-". It is generated from
      the same command definitions as the help, so it is as current as the wasmpack that prints it.
    `,
    examples: [
      ["Complete in this bash session", "source <($0 completion bash)"],
      ["Install for bash", "$0 completion bash > /usr/share/bash-completion/completions/wasmpack"],
      ["Install for zsh", '$0 completion zsh > "${fpath[1]}/_wasmpack"'],
      ["Install for fish", "$0 completion fish > ~/.config/fish/completions/wasmpack.fish"]
    ]
  });
  shell = import_clipanion.Option.String({ name: "bash|zsh|fish" });
  async run() {
    let shell = oneOf("SHELL", this.shell, SHELLS);
    return this.context.stdout.write(completionScript(shell, describeCommands(await loadAllCommands()))), 0;
  }
};
export {
  CompletionCommand
};
