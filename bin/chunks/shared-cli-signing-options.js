import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  readSecretFromStdin
} from "./shared-cli-registry-options.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  WasmpackError,
  registerSecret
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/signing-options.ts
var import_clipanion = __toESM(require_advanced(), 1);
async function keyPassword(context, options) {
  let env = context.env ?? process.env, password;
  if (options.fromStdin) password = await readSecretFromStdin(context.stdin);
  else if (env.COSIGN_PASSWORD !== void 0) password = env.COSIGN_PASSWORD;
  else {
    let stdin = context.stdin;
    if (stdin.isTTY !== !0 || typeof stdin.setRawMode != "function")
      throw new WasmpackError("KEY_PASSWORD_MISSING", `no password for ${options.what}, and stdin is not a terminal to ask for it`, "set COSIGN_PASSWORD (a CI secret), or pipe it with --password-stdin where the command has it");
    let { promptHidden } = await import("./cli-commands-login.js");
    if (password = await promptHidden(stdin, context.stderr, `Password for ${options.what}: `), options.confirm && await promptHidden(stdin, context.stderr, "Again: ") !== password)
      throw new WasmpackError("KEY_PASSWORD_MISMATCH", "the two passwords differ", "run the command again and type the same password twice");
  }
  return registerSecret(password), password;
}
__name(keyPassword, "keyPassword");
async function signerFromFlag(keyFile, context) {
  if (keyFile === void 0) return;
  let { loadSigner } = await import("./pipeline-signing.js");
  return loadSigner(keyFile, await keyPassword(context, { what: keyFile }));
}
__name(signerFromFlag, "signerFromFlag");
var trustOptions = /* @__PURE__ */ __name(() => ({
  key: import_clipanion.Option.String("--key", { description: "Public key (cosign.pub) the image must be signed with" }),
  identity: import_clipanion.Option.String("--certificate-identity", { description: "Keyless: the signer identity the certificate must name (a workflow URL, an email)" }),
  identityRegExp: import_clipanion.Option.String("--certificate-identity-regexp", { description: "Keyless: a regular expression the certificate identity must match" }),
  issuer: import_clipanion.Option.String("--certificate-oidc-issuer", { description: "Keyless: the OIDC issuer of the certificate (https://token.actions.githubusercontent.com)" }),
  trustedRoot: import_clipanion.Option.String("--trusted-root", { description: "Keyless: a Sigstore trusted_root.json to use instead of the public-good instance" })
}), "trustOptions");
async function policyFromFlags(flags) {
  let { trustPolicy } = await import("./pipeline-signing.js");
  return trustPolicy(
    {
      ...flags.key !== void 0 ? { key: flags.key } : {},
      ...flags.identity !== void 0 ? { identity: flags.identity } : {},
      ...flags.identityRegExp !== void 0 ? { identityRegExp: flags.identityRegExp } : {},
      ...flags.issuer !== void 0 ? { issuer: flags.issuer } : {}
    },
    flags.trustedRoot !== void 0 ? { trustedRoot: flags.trustedRoot } : {}
  );
}
__name(policyFromFlags, "policyFromFlags");
async function verifiedImage(image, flags, access) {
  let policy = await policyFromFlags(flags);
  if (!policy) return image;
  let { verifiedSource } = await import("./pipeline-signing.js");
  return (await verifiedSource(image, policy, { access })).image;
}
__name(verifiedImage, "verifiedImage");

export {
  keyPassword,
  signerFromFlag,
  trustOptions,
  policyFromFlags,
  verifiedImage
};
