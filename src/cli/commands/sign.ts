import { Command, Option, UsageError } from 'clipanion';
import { WasmpackError } from '../../errors.js';
import type { SignResult } from '../../pipeline/signing.js';
import { RegistryCommand } from '../registry-options.js';
import { signerFromFlag } from '../signing-options.js';

export class SignCommand extends RegistryCommand {
  static override paths = [['sign']];
  static override usage = Command.Usage({
    category: 'Sign & verify',
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
      ['Sign and attest an SBOM', '$0 sign ghcr.io/acme/app:1.0 --key cosign.key --attest spdxjson=app.spdx.json'],
    ],
  });

  image = Option.String({ required: true, name: 'IMAGE' });
  key = Option.String('--key', { required: true, description: 'cosign private key file (PEM ENCRYPTED SIGSTORE PRIVATE KEY)' });
  attest = Option.Array('--attest', { description: 'TYPE=FILE: also attach FILE as a signed in-toto attestation (spdxjson, cyclonedx, slsaprovenance1, or a predicate type URI); repeatable' });
  noSignature = Option.Boolean('--no-signature', false, { description: 'With --attest: write only the attestations (as cosign attest does)' });

  async run(): Promise<number> {
    const signer = (await signerFromFlag(this.key, this.context))!;
    const { signImage, readAttachments } = await import('../../pipeline/signing.js');
    const attachments = await readAttachments(keyValuePairs('--attest', this.attest));
    if (this.noSignature && attachments.length === 0) throw new UsageError('--no-signature leaves nothing to write without --attest');
    const result = await signImage({ image: this.image, signer, attachments, signature: !this.noSignature }, { access: await this.registryAccess() });
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

/** TYPE=FILE pairs in order (a type may repeat). */
function keyValuePairs(flag: string, values: string[] | undefined): Array<[string, string]> {
  return (values ?? []).map((value) => {
    const at = value.indexOf('=');
    if (at <= 0 || at === value.length - 1) throw new WasmpackError('BAD_FLAG', `${flag} expects TYPE=FILE, got "${value}"`, `for example ${flag} spdxjson=app.spdx.json`);
    return [value.slice(0, at), value.slice(at + 1)];
  });
}
