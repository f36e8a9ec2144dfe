import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  keyPassword
} from "./shared-cli-signing-options.js";
import "./shared-cli-registry-options.js";
import {
  WasmpackCommand
} from "./shared-cli-base.js";
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

// src/cli/commands/key.ts
var import_clipanion = __toESM(require_advanced(), 1);
var KeyGenerateCommand = class extends WasmpackCommand {
  static {
    __name(this, "KeyGenerateCommand");
  }
  static paths = [["key", "generate"]];
  static usage = import_clipanion.Command.Usage({
    category: "Sign & verify",
    description: "Make a signing key pair in cosign's format: PREFIX.key (encrypted) and PREFIX.pub",
    details: `
      Writes PREFIX.key, an ECDSA P-256 private key encrypted with a password exactly as
      \`cosign generate-key-pair\` does (so cosign, skopeo and wasmpack all read it), and PREFIX.pub,
      the public key verifiers need. PREFIX defaults to cosign. The password comes from
      COSIGN_PASSWORD, from stdin with --password-stdin, or is asked for twice on a terminal.
      Existing files are never replaced without --force.
    `,
    examples: [
      ["Make cosign.key and cosign.pub, asking for a password", "$0 key generate"],
      ["In a script", 'COSIGN_PASSWORD="$PW" $0 key generate release']
    ]
  });
  prefix = import_clipanion.Option.String({ required: !1, name: "PREFIX" });
  passwordStdin = import_clipanion.Option.Boolean("--password-stdin", !1, { description: "Read the key password from stdin" });
  force = import_clipanion.Option.Boolean("--force", !1, { description: "Replace PREFIX.key and PREFIX.pub if they exist" });
  async run() {
    let prefix = this.prefix ?? "cosign", { generateKeyFiles } = await import("./pipeline-signing.js"), password = await keyPassword(this.context, { fromStdin: this.passwordStdin, confirm: !0, what: `${prefix}.key` }), paths = await generateKeyFiles({ prefix, password, force: this.force });
    return this.reporter.succeed(`Private key written to ${paths.privateKey}; public key written to ${paths.publicKey}`), this.output([paths.publicKey], paths), 0;
  }
};
export {
  KeyGenerateCommand
};
