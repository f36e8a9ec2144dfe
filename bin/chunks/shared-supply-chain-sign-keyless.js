import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError,
  registerSecret
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/supply-chain/sign/keyless.ts
var PUBLIC_GOOD = { fulcio: "https://fulcio.sigstore.dev", rekor: "https://rekor.sigstore.dev" };
async function keylessBundleSigner(options) {
  let { DSSEBundleBuilder, FulcioSigner, RekorWitness } = commonJs(await import("./-sigstore-sign-dist.js")), { bundleToJSON } = commonJs(await import("./-sigstore-bundle-dist.js")), builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: options.fulcioURL ?? PUBLIC_GOOD.fulcio, identityProvider: { getToken: options.token } }),
    // An intoto entry (the envelope itself, as npm's provenance logs it): every Rekor and verifier
    // reads it, and a log that stores the proposed entry as it is still yields a checkable body.
    witnesses: [new RekorWitness({ rekorBaseURL: options.rekorURL ?? PUBLIC_GOOD.rekor, entryType: "intoto" })]
  });
  return async (payloadType, payload) => {
    try {
      let bundle = await builder.create({ data: payload, type: payloadType });
      return bundleToJSON(bundle);
    } catch (err) {
      let message = err.message ?? String(err);
      throw new WasmpackError("SIGN_KEYLESS_FAILED", `keyless signing failed: ${message}`, "Fulcio or Rekor refused or could not be reached; check the workflow's id-token permission and that the runner reaches fulcio.sigstore.dev and rekor.sigstore.dev (or sign with a key: sign-key)", { cause: err });
    }
  };
}
__name(keylessBundleSigner, "keylessBundleSigner");
function hasGithubIdToken(env) {
  return !!(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}
__name(hasGithubIdToken, "hasGithubIdToken");
async function githubIdToken(env, fetchImpl = fetch) {
  if (!hasGithubIdToken(env))
    throw new WasmpackError("SIGN_NO_ID_TOKEN", "keyless signing needs the workflow's OIDC token, and this job has none", "add `permissions: id-token: write` to the job (and keep `contents: read`, `packages: write` as needed), or sign with a key: the sign-key and sign-key-password inputs");
  registerSecret(env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  let url = new URL(env.ACTIONS_ID_TOKEN_REQUEST_URL);
  url.searchParams.set("audience", "sigstore");
  let res;
  try {
    res = await fetchImpl(url, { headers: { authorization: `bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`, accept: "application/json" } });
  } catch (err) {
    throw new WasmpackError("SIGN_NO_ID_TOKEN", `could not reach the runner's OIDC token service: ${err.message}`, "retry the job; the token service is part of the Actions runner", { cause: err });
  }
  let body = await res.json().catch(() => ({}));
  if (!res.ok || typeof body.value != "string")
    throw new WasmpackError("SIGN_NO_ID_TOKEN", `the runner's OIDC token service answered ${res.status} without a token`, "check that the job grants `permissions: id-token: write`");
  return registerSecret(body.value), body.value;
}
__name(githubIdToken, "githubIdToken");
function commonJs(namespace) {
  let fallback = namespace.default;
  return { ...fallback && typeof fallback == "object" ? fallback : {}, ...namespace };
}
__name(commonJs, "commonJs");

export {
  PUBLIC_GOOD,
  keylessBundleSigner,
  hasGithubIdToken,
  githubIdToken,
  commonJs
};
