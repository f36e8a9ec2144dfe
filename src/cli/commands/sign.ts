import { Command, Option } from 'clipanion';
import type { SignResult } from '../../pipeline/signing.js';
import { RegistryCommand } from '../registry-options.js';
import { signerFromFlag } from '../signing-options.js';

export class SignCommand extends RegistryCommand {
  static override paths = [['sign']];
  static override usage = Command.Usage({
    description: 'Sign an image already in a registry or an OCI layout with a cosign key',
    details: `
      Writes a cosign simple-signing signature of IMAGE's digest under the tag sha256-<hex>.sig
      beside it (appending to the signatures already there), which \`cosign verify --key\`
      (2.x and 3.x), podman and CRI-O policies (sigstoreSigned) and \`wasmpack verify\` check.
      The key is a cosign private key (wasmpack key generate, cosign generate-key-pair); its
      password comes from COSIGN_PASSWORD or a prompt on a terminal.
    `,
    examples: [
      ['Sign a pushed image', '$0 sign ghcr.io/acme/app:1.0 --key cosign.key'],
      ['Sign a layout entry', '$0 sign oci:build/oci:app --key cosign.key'],
    ],
  });

  image = Option.String({ required: true, name: 'IMAGE' });
  key = Option.String('--key', { required: true, description: 'cosign private key file (PEM ENCRYPTED SIGSTORE PRIVATE KEY)' });

  async run(): Promise<number> {
    const signer = (await signerFromFlag(this.key, this.context))!;
    const { signImage } = await import('../../pipeline/signing.js');
    const result = await signImage({ image: this.image, signer }, { access: await this.registryAccess() });
    this.reporter.succeed(`Signed ${result.store}@${result.subject.digest}`);
    this.output(signedLines(result), signDocument(result));
    return 0;
  }
}

export function signedLines(result: SignResult): string[] {
  return [
    ...(result.signature ? [`${result.store}:${result.signature.tag}@${result.signature.digest}`] : []),
    ...result.attestations.map((a) => `${result.store}@${a.digest} ${a.predicateType}`),
  ];
}

export function signDocument(result: SignResult): Record<string, unknown> {
  return {
    image: `${result.store}@${result.subject.digest}`,
    digest: result.subject.digest,
    ...(result.signature ? { signature: result.signature } : {}),
    attestations: result.attestations,
  };
}
