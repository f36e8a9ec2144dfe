import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  signerFromFlag
} from "./chunk-TCJ5AUVJ.js";
import "./chunk-ITQB54DU.js";
import {
  RegistryCommand
} from "./chunk-P6KFYY4G.js";
import "./chunk-ACHYWE3J.js";
import "./chunk-HHXO7FHZ.js";
import "./chunk-X76AGJ64.js";
import "./chunk-EPR3OEVV.js";
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import "./chunk-GRHSYKBX.js";
import "./chunk-222AH7NZ.js";
import "./chunk-U4FSHFBH.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/cli/commands/sign.ts
var import_clipanion = __toESM(require_advanced(), 1);
var SignCommand = class extends RegistryCommand {
  static {
    __name(this, "SignCommand");
  }
  static paths = [["sign"]];
  static usage = import_clipanion.Command.Usage({
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
      ["Sign a layout entry", "$0 sign oci:build/oci:app --key cosign.key"]
    ]
  });
  image = import_clipanion.Option.String({ required: !0, name: "IMAGE" });
  key = import_clipanion.Option.String("--key", { required: !0, description: "cosign private key file (PEM ENCRYPTED SIGSTORE PRIVATE KEY)" });
  async run() {
    let signer = await signerFromFlag(this.key, this.context), { signImage } = await import("./signing-J2A5NFAD.js"), result = await signImage({ image: this.image, signer }, { access: await this.registryAccess() });
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
export {
  SignCommand,
  signDocument,
  signedLines
};
