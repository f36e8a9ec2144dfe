import { Command, Option, UsageError } from 'clipanion';
import { WasmpackCommand } from '../base.js';

export class LogoutCommand extends WasmpackCommand {
  static override paths = [['logout']];
  static override usage = Command.Usage({
    category: 'Registry',
    description: 'Remove the stored credentials for a registry',
    details: `
      Removes what \`wasmpack login\` (or podman login) stored for REGISTRY (default docker.io):
      the entry in the login auth file (--authfile, REGISTRY_AUTH_FILE,
      \${XDG_RUNTIME_DIR}/containers/auth.json or ~/.config/containers/auth.json) and, when docker's
      config.json names a credential helper for it, the helper's copy. Credentials that still apply
      afterwards (docker's own config.json entries, say) are named in a warning.
    `,
    examples: [
      ['Log out of GHCR', '$0 logout ghcr.io'],
      ['Log out of every registry in the auth file', '$0 logout --all'],
    ],
  });

  registry = Option.String({ required: false, name: 'REGISTRY' });
  authfile = Option.String('--authfile', { description: 'Auth file to remove the credentials from' });
  all = Option.Boolean('-a,--all', false, { description: 'Remove the credentials of every registry in the auth file' });

  async run(): Promise<number> {
    if (this.all && this.registry) throw new UsageError('give either REGISTRY or --all, not both');
    const { logout } = await import('../../pipeline/login.js');
    const result = await logout({ ...(this.registry ? { registry: this.registry } : {}), ...(this.authfile ? { authfile: this.authfile } : {}), all: this.all }, {});
    for (const note of result.notes) this.reporter.warn(note);
    for (const { registry, from } of result.removed) this.reporter.succeed(`Removed login credentials for ${registry} from ${from.join(', ')}`);
    for (const registry of result.notLoggedIn) this.reporter.warn(`not logged in to ${registry}: nothing to remove`);
    if (this.all && result.removed.length === 0 && result.notLoggedIn.length === 0) this.reporter.warn('no logins to remove');
    for (const { registry, source } of result.remaining) {
      this.reporter.warn(`credentials for ${registry} remain in ${source} and wasmpack still uses them; remove them there (e.g. \`docker logout ${registry}\`)`);
    }
    this.output(
      result.removed.map((r) => r.registry),
      { removed: result.removed, notLoggedIn: result.notLoggedIn, remaining: result.remaining },
    );
    return 0;
  }
}
