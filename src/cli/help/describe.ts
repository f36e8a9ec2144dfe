import { Cli, type CommandClass } from 'clipanion';
import { WasmpackCommand } from '../base.js';
import { RegistryCommand } from '../registry-options.js';

/**
 * What help and completion know about a command, read from clipanion's own definitions of the
 * registered classes (paths, Command.Usage, options), so there is one source for the parser, the
 * help and the completions. clipanion 3 has no name for an option's value (it prints `#0`), so
 * the placeholder comes from PLACEHOLDERS below (or a command's `static placeholders`).
 */
export interface OptionDoc {
  /** As typed: ['-t', '--tag']. */
  names: string[];
  /** What the value is (`REF`, `DIR`); undefined for a switch. */
  placeholder?: string;
  description: string;
  /** command: its own; registry: how to reach a registry; global: every command has it. */
  section: 'command' | 'registry' | 'global';
}

export interface CommandDoc {
  name: string;
  category: string;
  description: string;
  details: string;
  examples: Array<[string, string]>;
  /** The operands after the options: `[DIR]`, `IMAGE [ARGS...]`. */
  operands: string;
  options: OptionDoc[];
}

/** The value each option takes, by long name; a command's `static placeholders` overrides one. */
const PLACEHOLDERS: Record<string, string> = {
  '--tag': 'REF',
  '--wasm': 'FILE',
  '--language': 'LANG',
  '--config': 'FILE',
  '--format': 'FORMAT',
  '--compression': 'ALGO',
  '--variant': 'VARIANT',
  '--sbom': 'FORMAT',
  '--annotation': 'K=V',
  '--label': 'K=V',
  '--env': 'K=V',
  '--cmd': 'ARG',
  '--timestamp': 'SECONDS',
  '--output': 'DEST',
  '--iidfile': 'FILE',
  '--digestfile': 'FILE',
  '--bin': 'NAME',
  '--package': 'NAME',
  '--features': 'FEATURES',
  '--toolchain': 'NAME',
  '--aot-target': 'ARCH',
  '--aot-cpu': 'CPU',
  '--aot-cpu-features': 'FEATURES',
  '--aot-opt-level': 'N',
  '--aot-size-level': 'N',
  '--aot-ship': 'HOW',
  '--cert-dir': 'DIR',
  '--insecure-registry': 'HOST[:PORT]',
  '--creds': 'USER[:PASSWORD]',
  '--authfile': 'FILE',
  '--template': 'NAME',
  '--name': 'NAME',
  '--dir': 'DIR',
  '--username': 'USER',
  '--password': 'PASSWORD',
  '--oci': 'DIR[:TAG]',
  '--from': 'REPO',
  '--jobs': 'N',
  '--runtime': 'NAME',
  '--filename': 'FILE|DIR',
  '--repo': 'REPO',
  '--runtime-class': 'NAME',
  '--key': 'FILE',
  '--sign-key': 'FILE',
  '--attest': 'TYPE=FILE',
  '--certificate-identity': 'ID',
  '--certificate-identity-regexp': 'REGEXP',
  '--certificate-oidc-issuer': 'URL',
  '--trusted-root': 'FILE',
};

/** Switches that also take `=value` (clipanion's tolerateBoolean): shown as `--tls-verify[=BOOL]`. */
const OPTIONAL_VALUE: Record<string, string> = { '--tls-verify': '[=BOOL]', '--wasm-opt': '[=LEVEL]' };

/** A command class may name its operands and override placeholders (clipanion's Usage has no field for either). */
interface Documented {
  operands?: string;
  placeholders?: Record<string, string>;
}

// Commands with just the shared options, to tell which options are whose (definitions() lists
// only commands with a usage).
class GlobalProbe extends WasmpackCommand {
  static override paths = [['global-probe']];
  static override usage = {};
  async run(): Promise<void> {}
}
class RegistryProbe extends RegistryCommand {
  static override paths = [['registry-probe']];
  static override usage = {};
  async run(): Promise<void> {}
}

export function describeCommands(classes: readonly CommandClass[]): CommandDoc[] {
  const cli = new Cli({ binaryName: 'wasmpack' });
  for (const c of [...classes, GlobalProbe, RegistryProbe]) cli.register(c);
  const definitions = cli.definitions({ colored: false });
  const optionsOf = (path: string) => definitions.find((d) => d.path === `wasmpack ${path}`)?.options.map((o) => o.definition) ?? [];
  const global = new Set(optionsOf('global-probe'));
  const registry = new Set(optionsOf('registry-probe'));
  return classes.map((commandClass) => {
    const name = commandClass.paths![0]!.join(' ');
    const definition = definitions.find((d) => d.path === `wasmpack ${name}`)!;
    const documented = commandClass as unknown as Documented;
    const options = definition.options.map(({ definition: text, description }): OptionDoc => {
      const [namesText, ...values] = text.split(' ');
      const names = namesText!.split(',').sort((a, b) => a.length - b.length);
      const long = names.find((n) => n.startsWith('--')) ?? names[0]!;
      const placeholder = values.length > 0 ? (documented.placeholders?.[long] ?? PLACEHOLDERS[long] ?? 'VALUE') : OPTIONAL_VALUE[long];
      const section = global.has(text) ? 'global' : registry.has(text) ? 'registry' : 'command';
      return { names, ...(placeholder ? { placeholder } : {}), description: description?.trim() ?? '', section };
    });
    return {
      name,
      // clipanion formats these texts with a trailing newline.
      category: definition.category?.trim() ?? 'Other',
      description: definition.description?.trim() ?? '',
      details: (definition.details ?? '').trim(),
      examples: (definition.examples ?? []).map(([what, command]) => [what.trim(), command.trim().replace(/\$0/g, 'wasmpack')] as [string, string]),
      operands: documented.operands ?? operandsOf(definition.usage),
      options,
    };
  });
}

/** The operands of clipanion's usage line: what is left once the `[--option #0]` segments go. */
function operandsOf(usage: string): string {
  return usage
    .replace(/\[-[^\]]*\]/g, '')
    .split(/\s+/)
    .slice(2)
    .filter(Boolean)
    .map((t) => (t === '...' ? '[ARGS...]' : t.replace(/^<(.*)>$/, '$1')))
    .join(' ');
}

/** `-t, --tag REF`, `--tls-verify[=BOOL]`. */
export function optionSynopsis(option: OptionDoc): string {
  const names = option.names.join(', ');
  if (!option.placeholder) return names;
  return option.placeholder.startsWith('[') ? `${names}${option.placeholder}` : `${names} ${option.placeholder}`;
}
