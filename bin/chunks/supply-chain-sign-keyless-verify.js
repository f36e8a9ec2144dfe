import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  commonJs
} from "./shared-supply-chain-sign-keyless.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/supply-chain/sign/keyless-verify.ts
import { readFile } from "node:fs/promises";
async function sigstoreCertificateVerifier(trustedRootFile) {
  let { bundleFromJSON } = commonJs(await import("./-sigstore-bundle-dist.js")), { TrustedRoot } = commonJs(await import("./-sigstore-protobuf-specs-dist.js")), { toSignedEntity, toTrustMaterial, Verifier } = commonJs(await import("./-sigstore-verify-dist.js")), rootJson;
  if (trustedRootFile)
    try {
      rootJson = JSON.parse(await readFile(trustedRootFile, "utf8"));
    } catch (err) {
      throw new WasmpackError("VERIFY_KEYLESS_UNAVAILABLE", `cannot read the trusted root ${trustedRootFile}: ${err.message}`, "pass a Sigstore trusted_root.json (`cosign trusted-root create` or the TUF repository's file)");
    }
  else {
    let { getTrustedRoot } = commonJs(await import("./-sigstore-tuf-dist.js"));
    try {
      rootJson = await getTrustedRoot();
    } catch (err) {
      throw new WasmpackError("VERIFY_KEYLESS_UNAVAILABLE", `cannot fetch Sigstore's public-good trusted root: ${err.message}`, "pass --trusted-root FILE (a trusted_root.json) when offline, or verify with --key");
    }
  }
  let trust = toTrustMaterial(TrustedRoot.fromJSON(rootJson)), verifier = new Verifier(trust, { tlogThreshold: 1, ctlogThreshold: trust.ctlogs.length ? 1 : 0, tsaThreshold: 0 });
  return {
    async verifyBundle(bundle, policy) {
      let signer;
      try {
        signer = verifier.verify(toSignedEntity(bundleFromJSON(bundle)));
      } catch (err) {
        return { ok: !1, reason: `the certificate or transparency-log entry does not verify (${err.message})` };
      }
      let identity = signer.identity?.subjectAlternativeName ?? "", issuer = signer.identity?.extensions?.issuer ?? "";
      return issuer !== policy.issuer ? { ok: !1, reason: `signed by an identity of issuer ${issuer || "(none)"}, not ${policy.issuer}` } : policy.identity !== void 0 && identity !== policy.identity ? { ok: !1, reason: `signed by ${identity || "(no identity)"}, not ${policy.identity}` } : policy.identityRegExp !== void 0 && !new RegExp(policy.identityRegExp).test(identity) ? { ok: !1, reason: `signed by ${identity}, which does not match ${policy.identityRegExp}` } : { ok: !0, signer: `${identity} (${issuer})` };
    }
  };
}
__name(sigstoreCertificateVerifier, "sigstoreCertificateVerifier");
export {
  sigstoreCertificateVerifier
};
