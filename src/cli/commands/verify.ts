import { Command, Option, UsageError } from 'clipanion';
import type { VerifyResult } from '../../pipeline/signing.js';
import { RegistryCommand } from '../registry-options.js';
import { policyFromFlags, trustOptions } from '../signing-options.js';

const TRUST = trustOptions();

export class VerifyCommand extends RegistryCommand {
  static override paths = [['verify']];
  static override usage = Command.Usage({
    category: 'Sign & verify',
    description: 'Check an image\'s signatures and attestations against a key or a keyless identity',
    details: `
      Reads every signature (the sha256-<hex>.sig tag cosign 2 and wasmpack write, the Sigstore
      bundles cosign 3 and actions/attest write) and every attestation (SBOM, provenance) stored
      beside IMAGE, and checks each against IMAGE's digest and the trusted signer: --key
      cosign.pub, or --certificate-identity (or -regexp) with --certificate-oidc-issuer for keyless
      signatures. Prints what verified (signer, predicate types, SBOM format); fails unless at
      least one signature or attestation of this digest verifies.
    `,
    examples: [
      ['Verify with a public key', '$0 verify ghcr.io/acme/app:1.0 --key cosign.pub'],
      [
        'Verify a keyless signature from GitHub Actions',
        '$0 verify ghcr.io/acme/app:1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp "^https://github.com/acme/app/"',
      ],
    ],
  });

  image = Option.String({ required: true, name: 'IMAGE' });
  key = TRUST.key;
  identity = TRUST.identity;
  identityRegExp = TRUST.identityRegExp;
  issuer = TRUST.issuer;
  trustedRoot = TRUST.trustedRoot;

  async run(): Promise<number> {
    const policy = await policyFromFlags(this);
    if (!policy) throw new UsageError('verify needs --key FILE, or --certificate-identity/--certificate-identity-regexp with --certificate-oidc-issuer');
    const { verifyImage } = await import('../../pipeline/signing.js');
    const result = await verifyImage({ image: this.image, policy }, { access: await this.registryAccess() });
    this.reporter.succeed(`Verified ${result.store}@${result.subject.digest}`);
    this.output(verifiedLines(result), verifyDocument(result));
    return 0;
  }
}

export function verifiedLines(result: VerifyResult): string[] {
  return [
    ...result.verified.map((v) => [v.kind, v.predicateType ?? v.format, v.sbomFormat ? `sbom=${v.sbomFormat}` : '', `signer=${v.signer}`, v.digest].filter(Boolean).join(' ')),
    ...result.rejected.map((r) => `not verified: ${r.kind} ${r.digest}: ${r.reason}`),
  ];
}

export function verifyDocument(result: VerifyResult): Record<string, unknown> {
  return { image: `${result.store}@${result.subject.digest}`, digest: result.subject.digest, verified: result.verified, rejected: result.rejected };
}
