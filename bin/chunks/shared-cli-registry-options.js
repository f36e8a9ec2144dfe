import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackCommand
} from "./shared-cli-base.js";
import {
  parseCredsFlag,
  registryAccess
} from "./shared-auth-credential-helper.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  collect
} from "./shared-streams.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/registry-options.ts
var import_clipanion = __toESM(require_advanced(), 1);
var ConnectionCommand = class extends WasmpackCommand {
  static {
    __name(this, "ConnectionCommand");
  }
  tlsVerify = import_clipanion.Option.String("--tls-verify", { tolerateBoolean: !0, description: "Verify TLS certificates (default true); --tls-verify=false also allows plain HTTP" });
  certDir = import_clipanion.Option.String("--cert-dir", { description: "Directory of *.crt CA certificates for the registry" });
  insecureRegistries = import_clipanion.Option.Array("--insecure-registry", { description: "host[:port] that may be reached over plain HTTP (repeatable)" });
  verbose = import_clipanion.Option.Boolean("--verbose", !1, { description: "Print one line per HTTP exchange on stderr (method, URL without query, status, bytes, ms, retry)" });
  connectionFlags() {
    return {
      ...tlsVerifyFlag(this.tlsVerify) === !1 ? { tlsVerify: !1 } : {},
      ...this.certDir ? { certDir: this.certDir } : {},
      insecureRegistries: this.insecureRegistries ?? [],
      signal: this.signal,
      // --verbose: every HTTP exchange as one line, through the reporter (nothing below the CLI prints).
      ...this.verbose ? { log: /* @__PURE__ */ __name((line) => this.reporter.trace?.(line), "log") } : {}
    };
  }
}, RegistryCommand = class extends ConnectionCommand {
  static {
    __name(this, "RegistryCommand");
  }
  creds = import_clipanion.Option.String("--creds", { description: "USER[:PASSWORD] for the registry (password from stdin with --password-stdin)" });
  passwordStdin = import_clipanion.Option.Boolean("--password-stdin", !1, { description: "Read the password (or token) from stdin" });
  authfile = import_clipanion.Option.String("--authfile", { description: "Auth file to read credentials from (podman auth.json / docker config.json format)" });
  async credentialsFlag() {
    if (!this.creds) {
      if (this.passwordStdin) throw new WasmpackError("BAD_CREDENTIALS", "--password-stdin needs a username", "pass --creds USER --password-stdin");
      return;
    }
    let parsed = parseCredsFlag(this.creds);
    if (parsed.password !== void 0) return { username: parsed.username, password: parsed.password };
    if (!this.passwordStdin) throw new WasmpackError("BAD_CREDENTIALS", "--creds has no password", "write --creds USER:PASSWORD, or pass the password on stdin with --password-stdin");
    return { username: parsed.username, password: await readSecretFromStdin(this.context.stdin) };
  }
  async registryAccess() {
    let creds = await this.credentialsFlag();
    return registryAccess({ ...this.connectionFlags(), ...creds ? { creds } : {}, ...this.authfile ? { authfile: this.authfile } : {} });
  }
};
function tlsVerifyFlag(value) {
  if (value === void 0 || typeof value == "boolean") return value;
  if (value === "true") return !0;
  if (value === "false") return !1;
  throw new WasmpackError("BAD_FLAG", `--tls-verify must be true or false, got "${value}"`, "write --tls-verify=false to skip certificate checks (and allow plain HTTP)");
}
__name(tlsVerifyFlag, "tlsVerifyFlag");
async function readSecretFromStdin(stdin) {
  return (await collect(stdin)).toString("utf8").replace(/\r?\n$/, "");
}
__name(readSecretFromStdin, "readSecretFromStdin");

export {
  ConnectionCommand,
  RegistryCommand,
  tlsVerifyFlag,
  readSecretFromStdin
};
