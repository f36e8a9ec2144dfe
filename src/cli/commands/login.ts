import { createInterface } from 'node:readline/promises';
import type { ReadStream } from 'node:tty';
import { Command, Option } from 'clipanion';
import { WasmpackError } from '../../errors.js';
import type { LoginResult } from '../../pipeline/login.js';
import { ConnectionCommand, readSecretFromStdin } from '../registry-options.js';

export class LoginCommand extends ConnectionCommand {
  static override paths = [['login']];
  static override usage = Command.Usage({
    category: 'Registry',
    description: 'Log in to an OCI registry: check the credentials with it, then store them',
    details: `
      Asks the registry whether the username and password (or access token) are valid before
      saving anything, then stores them where \`wasmpack push\` (and podman, skopeo, buildah) look:
      --authfile, else REGISTRY_AUTH_FILE, else \${XDG_RUNTIME_DIR}/containers/auth.json, else
      ~/.config/containers/auth.json (mode 0600), or the credential helper docker's config.json
      names for the registry. REGISTRY defaults to docker.io. Without -u/-p on a terminal, asks for
      them (the password without echo); in scripts, pipe the password with --password-stdin.
    `,
    examples: [
      ['Log in to GHCR in CI', 'echo "$GITHUB_TOKEN" | $0 login ghcr.io -u "$GITHUB_ACTOR" --password-stdin'],
      ['Log in interactively', '$0 login quay.io'],
      ['Show who is logged in to a registry', '$0 login --get-login ghcr.io'],
    ],
  });

  registry = Option.String({ required: false, name: 'REGISTRY' });
  username = Option.String('-u,--username', { description: 'Username (any non-empty name for token-based registries such as GHCR)' });
  password = Option.String('-p,--password', { description: 'Password or token (visible in shell history: prefer --password-stdin)' });
  passwordStdin = Option.Boolean('--password-stdin', false, { description: 'Read the password (or token) from stdin' });
  authfile = Option.String('--authfile', { description: 'Auth file to store the credentials in (podman auth.json format)' });
  getLogin = Option.Boolean('--get-login', false, { description: 'Print the username stored for REGISTRY and exit' });

  async run(): Promise<number> {
    const { login, loginRegistry, storedUsername } = await import('../../pipeline/login.js');
    if (this.getLogin) {
      const username = await storedUsername({ ...(this.registry ? { registry: this.registry } : {}), ...(this.authfile ? { authfile: this.authfile } : {}) }, {});
      this.output([username], { registry: loginRegistry(this.registry), username });
      return 0;
    }
    const registry = loginRegistry(this.registry);
    const { username, password } = await this.askCredentials(registry);
    const result = await login(
      {
        registry,
        username,
        password,
        ...(this.authfile ? { authfile: this.authfile } : {}),
        ...this.connectionFlags(),
      },
      { reporter: this.reporter },
    );
    this.reporter.succeed('Login Succeeded');
    this.reporter.info(storedText(result));
    if (this.json) this.output([], loginDocument(result));
    return 0;
  }

  private async askCredentials(registry: string): Promise<{ username: string; password: string }> {
    if (this.password !== undefined && this.passwordStdin) {
      throw new WasmpackError('BAD_CREDENTIALS', '--password and --password-stdin were both given', 'use only --password-stdin (a password on the command line ends up in shell history)');
    }
    if (this.password !== undefined) {
      this.reporter.warn('--password on the command line is visible in shell history and to other users of this machine; use --password-stdin');
    }
    const stdin = this.context.stdin as Partial<ReadStream> & NodeJS.ReadableStream;
    const interactive = stdin.isTTY === true && typeof stdin.setRawMode === 'function';
    if (this.passwordStdin) {
      if (!this.username) throw new WasmpackError('BAD_CREDENTIALS', '--password-stdin needs a username', `pass --username USER, e.g. wasmpack login ${registry} -u USER --password-stdin`);
      return { username: this.username, password: await readSecretFromStdin(stdin) };
    }
    if ((this.username === undefined || this.password === undefined) && !interactive) {
      throw new WasmpackError(
        'BAD_CREDENTIALS',
        `no ${this.username === undefined ? 'username' : 'password'} given for ${registry}, and stdin is not a terminal to ask for it`,
        `pass them as flags: echo "$TOKEN" | wasmpack login ${registry} -u USER --password-stdin`,
      );
    }
    const username = this.username ?? (await this.promptLine(`Username for ${registry}: `));
    const password = this.password ?? (await promptHidden(stdin as ReadStream, this.context.stderr, `Password for ${username}@${registry}: `));
    return { username: username.trim(), password };
  }

  private async promptLine(question: string): Promise<string> {
    this.reporter.stop();
    const rl = createInterface({ input: this.context.stdin, output: this.context.stderr, terminal: true });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  }
}

function storedText(result: LoginResult): string {
  const what = result.identityToken ? 'an identity token' : 'the credentials';
  return `${what} for ${result.username}@${result.registry} stored in ${result.saved.storedIn}`;
}

/** The --json document of a login (never the password or token). */
function loginDocument(result: LoginResult): Record<string, unknown> {
  return { registry: result.registry, username: result.username, auth: result.auth, identityToken: result.identityToken, storedIn: result.saved.storedIn, via: result.saved.via };
}

/** Reads a line from the terminal in raw mode, echoing nothing (the password must not show on screen). */
function promptHidden(stdin: ReadStream, stderr: NodeJS.WritableStream, question: string): Promise<string> {
  stderr.write(question);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
    };
    const onData = (chunk: Buffer | string): void => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new WasmpackError('INTERRUPTED', 'interrupted at the password prompt', 'nothing was saved'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
