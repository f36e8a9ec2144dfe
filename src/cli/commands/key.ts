import { Command, Option } from 'clipanion';
import { WasmpackCommand } from '../base.js';
import { keyPassword } from '../signing-options.js';

export class KeyGenerateCommand extends WasmpackCommand {
  static override paths = [['key', 'generate']];
  static override usage = Command.Usage({
    category: 'Sign & verify',
    description: 'Make a signing key pair in cosign\'s format: PREFIX.key (encrypted) and PREFIX.pub',
    details: `
      Writes PREFIX.key, an ECDSA P-256 private key encrypted with a password exactly as
      \`cosign generate-key-pair\` does (so cosign, skopeo and wasmpack all read it), and PREFIX.pub,
      the public key verifiers need. PREFIX defaults to cosign. The password comes from
      COSIGN_PASSWORD, from stdin with --password-stdin, or is asked for twice on a terminal.
      Existing files are never replaced without --force.
    `,
    examples: [
      ['Make cosign.key and cosign.pub, asking for a password', '$0 key generate'],
      ['In a script', 'COSIGN_PASSWORD="$PW" $0 key generate release'],
    ],
  });

  prefix = Option.String({ required: false, name: 'PREFIX' });
  passwordStdin = Option.Boolean('--password-stdin', false, { description: 'Read the key password from stdin' });
  force = Option.Boolean('--force', false, { description: 'Replace PREFIX.key and PREFIX.pub if they exist' });

  async run(): Promise<number> {
    const prefix = this.prefix ?? 'cosign';
    const { generateKeyFiles } = await import('../../pipeline/signing.js');
    const password = await keyPassword(this.context, { fromStdin: this.passwordStdin, confirm: true, what: `${prefix}.key` });
    const paths = await generateKeyFiles({ prefix, password, force: this.force });
    this.reporter.succeed(`Private key written to ${paths.privateKey}; public key written to ${paths.publicKey}`);
    this.output([paths.publicKey], paths);
    return 0;
  }
}
