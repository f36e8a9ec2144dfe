import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  policyFromFlags,
  trustOptions
} from "./shared-cli-signing-options.js";
import {
  RegistryCommand
} from "./shared-cli-registry-options.js";
import "./shared-cli-base.js";
import "./shared-report-console.js";
import "./shared-auth-credential-helper.js";
import "./shared-auth-auth-file.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import {
  require_advanced
} from "./shared-typanion.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/verify.ts
var import_clipanion = __toESM(require_advanced(), 1);
var TRUST = trustOptions(), VerifyCommand = class extends RegistryCommand {
  static {
    __name(this, "VerifyCommand");
  }
  static paths = [["verify"]];
  static usage = import_clipanion.Command.Usage({
    category: "Sign & verify",
    description: "Check an image's signatures and attestations against a key or a keyless identity",
    details: `
      Reads every signature (the sha256-<hex>.sig tag cosign 2 and wasmpack write, the Sigstore
      bundles cosign 3 and actions/attest write) and every attestation (SBOM, provenance) stored
      beside IMAGE, and checks each against IMAGE's digest and the trusted signer: --key
      cosign.pub, or --certificate-identity (or -regexp) with --certificate-oidc-issuer for keyless
      signatures. Prints what verified (signer, predicate types, SBOM format); fails unless at
      least one signature or attestation of this digest verifies.
    `,
    examples: [
      ["Verify with a public key", "$0 verify ghcr.io/acme/app:1.0 --key cosign.pub"],
      [
        "Verify a keyless signature from GitHub Actions",
        '$0 verify ghcr.io/acme/app:1.0 --certificate-oidc-issuer https://token.actions.githubusercontent.com --certificate-identity-regexp "^https://github.com/acme/app/"'
      ]
    ]
  });
  image = import_clipanion.Option.String({ required: !0, name: "IMAGE" });
  key = TRUST.key;
  identity = TRUST.identity;
  identityRegExp = TRUST.identityRegExp;
  issuer = TRUST.issuer;
  trustedRoot = TRUST.trustedRoot;
  async run() {
    let policy = await policyFromFlags(this);
    if (!policy) throw new import_clipanion.UsageError("verify needs --key FILE, or --certificate-identity/--certificate-identity-regexp with --certificate-oidc-issuer");
    let { verifyImage } = await import("./pipeline-signing.js"), result = await verifyImage({ image: this.image, policy }, { access: await this.registryAccess() });
    return this.reporter.succeed(`Verified ${result.store}@${result.subject.digest}`), this.output(verifiedLines(result), verifyDocument(result)), 0;
  }
};
function verifiedLines(result) {
  return [
    ...result.verified.map((v) => [v.kind, v.predicateType ?? v.format, v.sbomFormat ? `sbom=${v.sbomFormat}` : "", `signer=${v.signer}`, v.digest].filter(Boolean).join(" ")),
    ...result.rejected.map((r) => `not verified: ${r.kind} ${r.digest}: ${r.reason}`)
  ];
}
__name(verifiedLines, "verifiedLines");
function verifyDocument(result) {
  return { image: `${result.store}@${result.subject.digest}`, digest: result.subject.digest, verified: result.verified, rejected: result.rejected };
}
__name(verifyDocument, "verifyDocument");
export {
  VerifyCommand,
  verifiedLines,
  verifyDocument
};
