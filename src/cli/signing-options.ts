import type { ReadStream } from 'node:tty';
import { Option } from 'clipanion';
import { registerSecret, WasmpackError } from '../errors.js';
import type { Signer, TrustPolicy } from '../pipeline/signing.js';
import type { RegistryAccess } from '../pipeline/access.js';
import { readSecretFromStdin } from './registry-options.js';

/**
 * A cosign key's password, as cosign finds it: COSIGN_PASSWORD (set, even empty), else stdin
 * when asked, else a prompt without echo on a terminal. Registered as a secret at once.
 */
export async function keyPassword(
  context: { stdin: NodeJS.ReadableStream; stderr: NodeJS.WritableStream; env?: NodeJS.ProcessEnv },
  options: { fromStdin?: boolean; confirm?: boolean; what: string },
): Promise<string> {
  const env = context.env ?? process.env;
  let password: string;
  if (options.fromStdin) password = await readSecretFromStdin(context.stdin);
  else if (env.COSIGN_PASSWORD !== undefined) password = env.COSIGN_PASSWORD;
  else {
    const stdin = context.stdin as Partial<ReadStream> & NodeJS.ReadableStream;
    if (stdin.isTTY !== true || typeof stdin.setRawMode !== 'function') {
      throw new WasmpackError('KEY_PASSWORD_MISSING', `no password for ${options.what}, and stdin is not a terminal to ask for it`, 'set COSIGN_PASSWORD (a CI secret), or pipe it with --password-stdin where the command has it');
    }
    const { promptHidden } = await import('./commands/login.js');
    password = await promptHidden(stdin as ReadStream, context.stderr, `Password for ${options.what}: `);
    if (options.confirm) {
      const again = await promptHidden(stdin as ReadStream, context.stderr, 'Again: ');
      if (again !== password) throw new WasmpackError('KEY_PASSWORD_MISMATCH', 'the two passwords differ', 'run the command again and type the same password twice');
    }
  }
  registerSecret(password);
  return password;
}

/** --sign-key on build --push and push: the key is opened (and its password checked) before anything is pushed. */
export async function signerFromFlag(keyFile: string | undefined, context: { stdin: NodeJS.ReadableStream; stderr: NodeJS.WritableStream }): Promise<Signer | undefined> {
  if (keyFile === undefined) return undefined;
  const { loadSigner } = await import('../pipeline/signing.js');
  return loadSigner(keyFile, await keyPassword(context, { what: keyFile }));
}

/** The trust flags verify, pull and run share (cosign's names). */
export const trustOptions = () => ({
  key: Option.String('--key', { description: 'Public key (cosign.pub) the image must be signed with' }),
  identity: Option.String('--certificate-identity', { description: 'Keyless: the signer identity the certificate must name (a workflow URL, an email)' }),
  identityRegExp: Option.String('--certificate-identity-regexp', { description: 'Keyless: a regular expression the certificate identity must match' }),
  issuer: Option.String('--certificate-oidc-issuer', { description: 'Keyless: the OIDC issuer of the certificate (https://token.actions.githubusercontent.com)' }),
  trustedRoot: Option.String('--trusted-root', { description: 'Keyless: a Sigstore trusted_root.json to use instead of the public-good instance' }),
});

export interface TrustFlags {
  key?: string | undefined;
  identity?: string | undefined;
  identityRegExp?: string | undefined;
  issuer?: string | undefined;
  trustedRoot?: string | undefined;
}

/** The policy the flags ask for; undefined when none was given (pull and run then check nothing). */
export async function policyFromFlags(flags: TrustFlags): Promise<TrustPolicy | undefined> {
  const { trustPolicy } = await import('../pipeline/signing.js');
  return trustPolicy(
    {
      ...(flags.key !== undefined ? { key: flags.key } : {}),
      ...(flags.identity !== undefined ? { identity: flags.identity } : {}),
      ...(flags.identityRegExp !== undefined ? { identityRegExp: flags.identityRegExp } : {}),
      ...(flags.issuer !== undefined ? { issuer: flags.issuer } : {}),
    },
    flags.trustedRoot !== undefined ? { trustedRoot: flags.trustedRoot } : {},
  );
}

/** pull/run: IMAGE as given when no trust flag is set; else verified, and pinned to the digest that verified. */
export async function verifiedImage(image: string, flags: TrustFlags, access: RegistryAccess): Promise<string> {
  const policy = await policyFromFlags(flags);
  if (!policy) return image;
  const { verifiedSource } = await import('../pipeline/signing.js');
  return (await verifiedSource(image, policy, { access })).image;
}
