/**
 * The Action's signing step: inputs `sign` (auto | true | false), `sign-key` and
 * `sign-key-password` (secrets). `auto` signs what the step pushed: with the key when one is
 * given, else keyless when the workflow grants `id-token: write` (the runner then sets
 * ACTIONS_ID_TOKEN_REQUEST_URL); otherwise it signs nothing and says why. Keyless writes a
 * Sigstore bundle (cosign 3's signature statement) and the attestations; a key also writes the
 * simple-signing `.sig` signature podman and cosign 2 read.
 */
import { WasmpackError } from '../errors.js';
import type { Attachment, BundleSigner, RegistryAccess, Signer, SignResult } from '../pipeline/signing.js';
import { badInput, input } from './inputs.js';

export interface SigningInputs {
  sign: 'auto' | 'true' | 'false';
  /** The private key's PEM text (a secret), or a path to it in the workspace. */
  signKey: string;
  signKeyPassword: string;
}

export function readSigningInputs(env: NodeJS.ProcessEnv): SigningInputs {
  const sign = (input(env, 'sign') || 'auto').toLowerCase();
  if (sign !== 'auto' && sign !== 'true' && sign !== 'false') throw badInput('sign', `must be auto, true or false, got "${sign}"`);
  return { sign, signKey: input(env, 'sign-key'), signKeyPassword: input(env, 'sign-key-password') };
}

export type SigningPlan = { mode: 'none'; because: string } | { mode: 'key' } | { mode: 'keyless' };

/** What to sign with, decided before anything is built or pushed (a missing permission fails early). */
export function planSigning(inputs: SigningInputs, env: NodeJS.ProcessEnv, pushing: boolean): SigningPlan {
  if (inputs.sign === 'false') return { mode: 'none', because: 'sign: false' };
  if (!pushing) {
    if (inputs.sign === 'true') return { mode: 'none', because: 'nothing was pushed to sign' };
    return { mode: 'none', because: 'not pushed' };
  }
  if (inputs.signKey) return { mode: 'key' };
  const idToken = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  if (idToken) return { mode: 'keyless' };
  if (inputs.sign === 'true') {
    throw new WasmpackError('SIGN_NO_ID_TOKEN', 'sign: true, but this job has no OIDC token for keyless signing and no sign-key', 'add `permissions: id-token: write` to the job (keyless, nothing to store), or pass sign-key and sign-key-password from secrets');
  }
  return { mode: 'none', because: 'no id-token: write permission and no sign-key' };
}

/** The signature statement cosign 3 writes for keyless images (an empty predicate). */
const COSIGN_SIGN_STATEMENT: Attachment = { artifactType: 'application/vnd.in-toto+json', mediaType: 'application/json', bytes: Buffer.from('{}'), predicateType: 'https://sigstore.dev/cosign/sign/v1' };

export interface SignedView {
  /** REGISTRY/REPO@DIGEST */
  image: string;
  how: 'key' | 'keyless';
  /** The `.sig` manifest (key signing). */
  signature?: string;
  /** Sigstore bundle referrers: predicate type -> referrer digest. */
  attestations: Array<{ predicateType: string; digest: string }>;
}

/** Signs each pushed repository; `documents` (SBOM, provenance) become signed attestations. */
export async function signPushed(
  plan: SigningPlan,
  inputs: SigningInputs,
  images: Array<{ repository: string; digest: string }>,
  documents: readonly Attachment[],
  deps: { access: RegistryAccess; env: NodeJS.ProcessEnv; mask: (secret: string) => void },
): Promise<SignedView[]> {
  if (plan.mode === 'none') return [];
  const signing = await import('../pipeline/signing.js');
  let signer: Signer | undefined;
  let bundleSigner: BundleSigner | undefined;
  let attachments = [...documents];
  if (plan.mode === 'key') {
    deps.mask(inputs.signKeyPassword);
    signer = await signing.signerFromText(inputs.signKey, inputs.signKeyPassword, 'the sign-key input');
  } else {
    bundleSigner = await signing.keylessSigner(deps.env);
    attachments = [COSIGN_SIGN_STATEMENT, ...attachments];
  }
  const views: SignedView[] = [];
  for (const image of images) {
    const result: SignResult = await signing.signImage(
      { image: `${image.repository}@${image.digest}`, ...(signer ? { signer } : {}), ...(bundleSigner ? { bundleSigner } : {}), attachments },
      { access: deps.access },
    );
    views.push({
      image: `${result.store}@${result.subject.digest}`,
      how: plan.mode,
      ...(result.signature ? { signature: result.signature.digest } : {}),
      attestations: result.attestations,
    });
  }
  return views;
}

/** The `signatures` output: JSON, one entry per signed repository. */
export function signaturesOutput(views: readonly SignedView[]): string {
  return JSON.stringify(views);
}

export function signingMarkdown(views: readonly SignedView[], plan: SigningPlan): string {
  if (plan.mode === 'none') return `Not signed: ${plan.because}.\n`;
  const rows = views.flatMap((v) => [
    ...(v.signature ? [`| \`${v.image}\` | signature (\`.sig\`, ${v.how}) | \`${v.signature}\` |`] : []),
    ...v.attestations.map((a) => `| \`${v.image}\` | ${a.predicateType} (${v.how}) | \`${a.digest}\` |`),
  ]);
  return ['#### Signed', '', '| Image | What | Digest |', '|---|---|---|', ...rows, '', `Check: \`wasmpack verify IMAGE ${plan.mode === 'key' ? '--key cosign.pub' : '--certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp ...'}\``, ''].join('\n');
}
