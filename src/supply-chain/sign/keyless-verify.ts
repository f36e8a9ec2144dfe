/*
 * Checks certificate-signed (keyless) bundles with sigstore-js's verifier: the certificate chains
 * to a Fulcio root of the trusted root, the signature was logged in a trusted Rekor (its signed
 * entry timestamp is the time the certificate must have been valid at), the signature matches,
 * and the certificate names the identity and issuer the user trusts.
 */
import { readFile } from 'node:fs/promises';
import { WasmpackError } from '../../errors.js';
import type { SigstoreBundle } from './formats.js';
import type { CertificateVerifier } from './verify-image.js';
import { commonJs } from './keyless.js';

export async function sigstoreCertificateVerifier(trustedRootFile: string | undefined): Promise<CertificateVerifier> {
  const { bundleFromJSON } = commonJs(await import('@sigstore/bundle'));
  const { TrustedRoot } = commonJs(await import('@sigstore/protobuf-specs'));
  const { toSignedEntity, toTrustMaterial, Verifier } = commonJs(await import('@sigstore/verify'));
  let rootJson: unknown;
  if (trustedRootFile) {
    try {
      rootJson = JSON.parse(await readFile(trustedRootFile, 'utf8'));
    } catch (err) {
      throw new WasmpackError('VERIFY_KEYLESS_UNAVAILABLE', `cannot read the trusted root ${trustedRootFile}: ${(err as Error).message}`, 'pass a Sigstore trusted_root.json (`cosign trusted-root create` or the TUF repository\'s file)');
    }
  } else {
    const { getTrustedRoot } = commonJs(await import('@sigstore/tuf'));
    try {
      rootJson = await getTrustedRoot();
    } catch (err) {
      throw new WasmpackError('VERIFY_KEYLESS_UNAVAILABLE', `cannot fetch Sigstore's public-good trusted root: ${(err as Error).message}`, 'pass --trusted-root FILE (a trusted_root.json) when offline, or verify with --key');
    }
  }
  const trust = toTrustMaterial(TrustedRoot.fromJSON(rootJson));
  const verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: trust.ctlogs.length ? 1 : 0, tsaThreshold: 0 });
  return {
    async verifyBundle(bundle: SigstoreBundle, policy) {
      let signer;
      try {
        signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)));
      } catch (err) {
        return { ok: false, reason: `the certificate or transparency-log entry does not verify (${(err as Error).message})` };
      }
      const identity = signer.identity?.subjectAlternativeName ?? '';
      const issuer = signer.identity?.extensions?.issuer ?? '';
      if (issuer !== policy.issuer) return { ok: false, reason: `signed by an identity of issuer ${issuer || '(none)'}, not ${policy.issuer}` };
      if (policy.identity !== undefined && identity !== policy.identity) return { ok: false, reason: `signed by ${identity || '(no identity)'}, not ${policy.identity}` };
      if (policy.identityRegExp !== undefined && !new RegExp(policy.identityRegExp).test(identity)) return { ok: false, reason: `signed by ${identity}, which does not match ${policy.identityRegExp}` };
      return { ok: true, signer: `${identity} (${issuer})` };
    },
  };
}
