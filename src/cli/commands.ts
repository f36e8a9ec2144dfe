import type { CommandClass } from 'clipanion';

/**
 * Every command, loaded on use. clipanion builds one parser state machine over every registered
 * command's options, which was most of the CLI's start-up (and its garbage), so a command line
 * registers only what it runs: `wasmpack build ...` the build command, `--version` none; the
 * top-level help and completion all of them (for their descriptions).
 *
 * A new command is one line here plus a `category` from CATEGORIES in its Command.Usage: the
 * grouped help and the shell completions are generated from these classes.
 */
export const COMMANDS: Record<string, () => Promise<CommandClass>> = {
  build: async () => (await import('./commands/build.js')).BuildCommand,
  push: async () => (await import('./commands/push.js')).PushCommand,
  resolve: async () => (await import('./commands/resolve.js')).ResolveCommand,
  run: async () => (await import('./commands/run.js')).RunCommand,
  inspect: async () => (await import('./commands/inspect.js')).InspectCommand,
  pull: async () => (await import('./commands/pull.js')).PullCommand,
  login: async () => (await import('./commands/login.js')).LoginCommand,
  logout: async () => (await import('./commands/logout.js')).LogoutCommand,
  init: async () => (await import('./commands/init.js')).InitCommand,
  doctor: async () => (await import('./commands/doctor.js')).DoctorCommand,
  completion: async () => (await import('./commands/completion.js')).CompletionCommand,
};

/** The help groups, in the order the help lists them; a category not listed here comes after them. */
export const CATEGORIES = ['Build & publish', 'Run & inspect', 'Registry', 'Project'];

export function isCommand(name: string | undefined): boolean {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

export async function loadCommand(name: string): Promise<CommandClass> {
  return COMMANDS[name]!();
}

export async function loadAllCommands(): Promise<CommandClass[]> {
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}
