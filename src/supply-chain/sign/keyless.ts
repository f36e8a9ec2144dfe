/*
 * Keyless signing (Sigstore): the workflow's OIDC token buys a short-lived Fulcio certificate for
 * a fresh key, the signature is logged in Rekor, and the result is a Sigstore bundle v0.3 as
 * cosign 3 and actions/attest write. sigstore-js (@sigstore/sign, what npm itself uses) does the
 * Fulcio and Rekor exchanges; this file only adapts it to our BundleSigner.
 */
import { registerSecret, WasmpackError } from '../../errors.js';
import type { SigstoreBundle } from './formats.js';
import type { BundleSigner } from './sign-image.js';

export const PUBLIC_GOOD = { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' } as const;

export interface KeylessOptions {
  /** Resolves the OIDC identity token (audience "sigstore"). */
  token: () => Promise<string>;
  fulcioURL?: string;
  rekorURL?: string;
}

export async function keylessBundleSigner(options: KeylessOptions): Promise<BundleSigner> {
  const { DSSEBundleBuilder, FulcioSigner, RekorWitness } = commonJs(await import('@sigstore/sign'));
  const { bundleToJSON } = commonJs(await import('@sigstore/bundle'));
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: options.fulcioURL ?? PUBLIC_GOOD.fulcio, identityProvider: { getToken: options.token } }),
    // An intoto entry (the envelope itself, as npm's provenance logs it): every Rekor and verifier
    // reads it, and a log that stores the proposed entry as it is still yields a checkable body.
    witnesses: [new RekorWitness({ rekorBaseURL: options.rekorURL ?? PUBLIC_GOOD.rekor, entryType: 'intoto' })],
  });
  return async (payloadType, payload) => {
    try {
      const bundle = await builder.create({ data: payload, type: payloadType });
      return bundleToJSON(bundle) as unknown as SigstoreBundle;
    } catch (err) {
      const message = (err as Error).message ?? String(err);
      throw new WasmpackError('SIGN_KEYLESS_FAILED', `keyless signing failed: ${message}`, 'Fulcio or Rekor refused or could not be reached; check the workflow\'s id-token permission and that the runner reaches fulcio.sigstore.dev and rekor.sigstore.dev (or sign with a key: sign-key)', { cause: err });
    }
  };
}

/**
 * GitHub Actions' OIDC token for audience "sigstore". The runner sets the two variables only when
 * the workflow (or job) grants `permissions: id-token: write`.
 * https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect
 */
export function hasGithubIdToken(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

export async function githubIdToken(env: NodeJS.ProcessEnv, fetchImpl: typeof fetch = fetch): Promise<string> {
  if (!hasGithubIdToken(env)) {
    throw new WasmpackError('SIGN_NO_ID_TOKEN', 'keyless signing needs the workflow\'s OIDC token, and this job has none', 'add `permissions: id-token: write` to the job (and keep `contents: read`, `packages: write` as needed), or sign with a key: the sign-key and sign-key-password inputs');
  }
  registerSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL!);
  url.searchParams.set('audience', 'sigstore');
  let res: Response;
  try {
    res = await fetchImpl(url, { headers: { authorization: `bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`, accept: 'application/json' } });
  } catch (err) {
    throw new WasmpackError('SIGN_NO_ID_TOKEN', `could not reach the runner's OIDC token service: ${(err as Error).message}`, 'retry the job; the token service is part of the Actions runner', { cause: err });
  }
  const body = (await res.json().catch(() => ({}))) as { value?: unknown };
  if (!res.ok || typeof body.value !== 'string') {
    throw new WasmpackError('SIGN_NO_ID_TOKEN', `the runner's OIDC token service answered ${res.status} without a token`, 'check that the job grants `permissions: id-token: write`');
  }
  registerSecret(body.value);
  return body.value;
}

/** A CommonJS package's exports, whether they arrive as named exports or (in the bundle) on `default`. */
export function commonJs<T extends object>(namespace: T): T {
  const fallback = (namespace as { default?: object }).default;
  return { ...(fallback && typeof fallback === 'object' ? fallback : {}), ...namespace } as T;
}
