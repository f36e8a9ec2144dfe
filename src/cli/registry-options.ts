import { Option } from 'clipanion';
import { WasmpackError } from '../errors.js';
import { collect } from '../streams.js';
import { parseCredsFlag, registryAccess, type ConnectionFlags, type RegistryAccess } from '../pipeline/access.js';
import { WasmpackCommand } from './base.js';

/** How to reach a registry: the flags every command that talks to one shares (podman's names). */
export abstract class ConnectionCommand extends WasmpackCommand {
  tlsVerify = Option.String('--tls-verify', { tolerateBoolean: true, description: 'Verify TLS certificates (default true); --tls-verify=false also allows plain HTTP' });
  certDir = Option.String('--cert-dir', { description: 'Directory of *.crt CA certificates for the registry' });
  insecureRegistries = Option.Array('--insecure-registry', { description: 'host[:port] that may be reached over plain HTTP (repeatable)' });
  verbose = Option.Boolean('--verbose', false, { description: 'Print one line per HTTP exchange on stderr (method, URL without query, status, bytes, ms, retry)' });

  protected connectionFlags(): ConnectionFlags {
    return {
      ...(tlsVerifyFlag(this.tlsVerify) === false ? { tlsVerify: false } : {}),
      ...(this.certDir ? { certDir: this.certDir } : {}),
      insecureRegistries: this.insecureRegistries ?? [],
      signal: this.signal,
      // --verbose: every HTTP exchange as one line, through the reporter (nothing below the CLI prints).
      ...(this.verbose ? { log: (line: string) => this.reporter.trace?.(line) } : {}),
    };
  }
}

/** A command that reads or writes images in registries: connection flags plus credentials. */
export abstract class RegistryCommand extends ConnectionCommand {
  creds = Option.String('--creds', { description: 'USER[:PASSWORD] for the registry (password from stdin with --password-stdin)' });
  passwordStdin = Option.Boolean('--password-stdin', false, { description: 'Read the password (or token) from stdin' });
  authfile = Option.String('--authfile', { description: 'Auth file to read credentials from (podman auth.json / docker config.json format)' });

  protected async credentialsFlag(): Promise<{ username: string; password: string } | undefined> {
    if (!this.creds) {
      if (this.passwordStdin) throw new WasmpackError('BAD_CREDENTIALS', '--password-stdin needs a username', 'pass --creds USER --password-stdin');
      return undefined;
    }
    const parsed = parseCredsFlag(this.creds);
    if (parsed.password !== undefined) return { username: parsed.username, password: parsed.password };
    if (!this.passwordStdin) throw new WasmpackError('BAD_CREDENTIALS', '--creds has no password', 'write --creds USER:PASSWORD, or pass the password on stdin with --password-stdin');
    return { username: parsed.username, password: await readSecretFromStdin(this.context.stdin) };
  }

  protected async registryAccess(): Promise<RegistryAccess> {
    const creds = await this.credentialsFlag();
    return registryAccess({ ...this.connectionFlags(), ...(creds ? { creds } : {}), ...(this.authfile ? { authfile: this.authfile } : {}) });
  }
}

/** podman's spelling: --tls-verify, --tls-verify=true or --tls-verify=false. */
export function tlsVerifyFlag(value: string | boolean | undefined): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new WasmpackError('BAD_FLAG', `--tls-verify must be true or false, got "${value}"`, 'write --tls-verify=false to skip certificate checks (and allow plain HTTP)');
}

/** The whole of stdin, less one trailing newline (what `echo "$TOKEN" |` adds). */
export async function readSecretFromStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  return (await collect(stdin)).toString('utf8').replace(/\r?\n$/, '');
}
