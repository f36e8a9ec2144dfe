import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  signerFromFlag
} from "./shared-cli-signing-options.js";
import {
  RegistryCommand
} from "./shared-cli-registry-options.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/sign.ts
var import_clipanion = __toESM(require_advanced(), 1);
var SignCommand = class extends RegistryCommand {
  static {
    __name(this, "SignCommand");
  }
  static paths = [["sign"]];
  static usage = import_clipanion.Command.Usage({
    category: "Sign & verify",
    description: "Sign an image already in a registry or an OCI layout with a cosign key",
    details: `
      Writes a cosign simple-signing signature of IMAGE's digest under the tag sha256-<hex>.sig
      beside it (appending to the signatures already there), which \`cosign verify --key\`
      (2.x and 3.x), podman and CRI-O policies (sigstoreSigned) and \`wasmpack verify\` check.
      The key is a cosign private key (wasmpack key generate, cosign generate-key-pair); its
      password comes from COSIGN_PASSWORD or a prompt on a terminal.
    `,
    examples: [
      ["Sign a pushed image", "$0 sign ghcr.io/acme/app:1.0 --key cosign.key"],
      ["Sign a layout entry", "$0 sign oci:build/oci:app --key cosign.key"],
      ["Sign and attest an SBOM", "$0 sign ghcr.io/acme/app:1.0 --key cosign.key --attest spdxjson=app.spdx.json"]
    ]
  });
  image = import_clipanion.Option.String({ required: !0, name: "IMAGE" });
  key = import_clipanion.Option.String("--key", { required: !0, description: "cosign private key file (PEM ENCRYPTED SIGSTORE PRIVATE KEY)" });
  attest = import_clipanion.Option.Array("--attest", { description: "TYPE=FILE: also attach FILE as a signed in-toto attestation (spdxjson, cyclonedx, slsaprovenance1, or a predicate type URI); repeatable" });
  noSignature = import_clipanion.Option.Boolean("--no-signature", !1, { description: "With --attest: write only the attestations (as cosign attest does)" });
  async run() {
    let signer = await signerFromFlag(this.key, this.context), { signImage, readAttachments } = await import("./pipeline-signing.js"), attachments = await readAttachments(keyValuePairs("--attest", this.attest));
    if (this.noSignature && attachments.length === 0) throw new import_clipanion.UsageError("--no-signature leaves nothing to write without --attest");
    let result = await signImage({ image: this.image, signer, attachments, signature: !this.noSignature }, { access: await this.registryAccess() });
    return this.reporter.succeed(`Signed ${result.store}@${result.subject.digest}`), this.output(signedLines(result), signDocument(result)), 0;
  }
};
function signedLines(result) {
  return [
    ...result.signature ? [`${result.store}:${result.signature.tag}@${result.signature.digest}`] : [],
    ...result.attestations.map((a) => `${result.store}@${a.digest} ${a.predicateType}`)
  ];
}
__name(signedLines, "signedLines");
function signDocument(result) {
  return {
    image: `${result.store}@${result.subject.digest}`,
    digest: result.subject.digest,
    ...result.signature ? { signature: result.signature } : {},
    attestations: result.attestations
  };
}
__name(signDocument, "signDocument");
function keyValuePairs(flag, values) {
  return (values ?? []).map((value) => {
    let at = value.indexOf("=");
    if (at <= 0 || at === value.length - 1) throw new WasmpackError("BAD_FLAG", `${flag} expects TYPE=FILE, got "${value}"`, `for example ${flag} spdxjson=app.spdx.json`);
    return [value.slice(0, at), value.slice(at + 1)];
  });
}
__name(keyValuePairs, "keyValuePairs");

export {
  SignCommand,
  signedLines,
  signDocument
};
