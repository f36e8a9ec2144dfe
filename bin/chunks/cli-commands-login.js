import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  ConnectionCommand,
  readSecretFromStdin
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
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/login.ts
var import_clipanion = __toESM(require_advanced(), 1);
import { createInterface } from "node:readline/promises";
var LoginCommand = class extends ConnectionCommand {
  static {
    __name(this, "LoginCommand");
  }
  static paths = [["login"]];
  static usage = import_clipanion.Command.Usage({
    category: "Registry",
    description: "Log in to an OCI registry: check the credentials with it, then store them",
    details: `
      Asks the registry whether the username and password (or access token) are valid before
      saving anything, then stores them where \`wasmpack push\` (and podman, skopeo, buildah) look:
      --authfile, else REGISTRY_AUTH_FILE, else \${XDG_RUNTIME_DIR}/containers/auth.json, else
      ~/.config/containers/auth.json (mode 0600), or the credential helper docker's config.json
      names for the registry. REGISTRY defaults to docker.io. Without -u/-p on a terminal, asks for
      them (the password without echo); in scripts, pipe the password with --password-stdin.
    `,
    examples: [
      ["Log in to GHCR in CI", 'echo "$GITHUB_TOKEN" | $0 login ghcr.io -u "$GITHUB_ACTOR" --password-stdin'],
      ["Log in interactively", "$0 login quay.io"],
      ["Show who is logged in to a registry", "$0 login --get-login ghcr.io"]
    ]
  });
  registry = import_clipanion.Option.String({ required: !1, name: "REGISTRY" });
  username = import_clipanion.Option.String("-u,--username", { description: "Username (any non-empty name for token-based registries such as GHCR)" });
  password = import_clipanion.Option.String("-p,--password", { description: "Password or token (visible in shell history: prefer --password-stdin)" });
  passwordStdin = import_clipanion.Option.Boolean("--password-stdin", !1, { description: "Read the password (or token) from stdin" });
  authfile = import_clipanion.Option.String("--authfile", { description: "Auth file to store the credentials in (podman auth.json format)" });
  getLogin = import_clipanion.Option.Boolean("--get-login", !1, { description: "Print the username stored for REGISTRY and exit" });
  async run() {
    let { login, loginRegistry, storedUsername } = await import("./pipeline-login.js");
    if (this.getLogin) {
      let username2 = await storedUsername({ ...this.registry ? { registry: this.registry } : {}, ...this.authfile ? { authfile: this.authfile } : {} }, {});
      return this.output([username2], { registry: loginRegistry(this.registry), username: username2 }), 0;
    }
    let registry = loginRegistry(this.registry), { username, password } = await this.askCredentials(registry), result = await login(
      {
        registry,
        username,
        password,
        ...this.authfile ? { authfile: this.authfile } : {},
        ...this.connectionFlags()
      },
      { reporter: this.reporter }
    );
    return this.reporter.succeed("Login Succeeded"), this.reporter.info(storedText(result)), this.json && this.output([], loginDocument(result)), 0;
  }
  async askCredentials(registry) {
    if (this.password !== void 0 && this.passwordStdin)
      throw new WasmpackError("BAD_CREDENTIALS", "--password and --password-stdin were both given", "use only --password-stdin (a password on the command line ends up in shell history)");
    this.password !== void 0 && this.reporter.warn("--password on the command line is visible in shell history and to other users of this machine; use --password-stdin");
    let stdin = this.context.stdin, interactive = stdin.isTTY === !0 && typeof stdin.setRawMode == "function";
    if (this.passwordStdin) {
      if (!this.username) throw new WasmpackError("BAD_CREDENTIALS", "--password-stdin needs a username", `pass --username USER, e.g. wasmpack login ${registry} -u USER --password-stdin`);
      return { username: this.username, password: await readSecretFromStdin(stdin) };
    }
    if ((this.username === void 0 || this.password === void 0) && !interactive)
      throw new WasmpackError(
        "BAD_CREDENTIALS",
        `no ${this.username === void 0 ? "username" : "password"} given for ${registry}, and stdin is not a terminal to ask for it`,
        `pass them as flags: echo "$TOKEN" | wasmpack login ${registry} -u USER --password-stdin`
      );
    let username = this.username ?? await this.promptLine(`Username for ${registry}: `), password = this.password ?? await promptHidden(stdin, this.context.stderr, `Password for ${username}@${registry}: `);
    return { username: username.trim(), password };
  }
  async promptLine(question) {
    this.reporter.stop();
    let rl = createInterface({ input: this.context.stdin, output: this.context.stderr, terminal: !0 });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  }
};
function storedText(result) {
  return `${result.identityToken ? "an identity token" : "the credentials"} for ${result.username}@${result.registry} stored in ${result.saved.storedIn}`;
}
__name(storedText, "storedText");
function loginDocument(result) {
  return { registry: result.registry, username: result.username, auth: result.auth, identityToken: result.identityToken, storedIn: result.saved.storedIn, via: result.saved.via };
}
__name(loginDocument, "loginDocument");
function promptHidden(stdin, stderr, question) {
  return stderr.write(question), new Promise((resolve, reject) => {
    let value = "", finish = /* @__PURE__ */ __name(() => {
      stdin.off("data", onData), stdin.setRawMode(!1), stdin.pause(), stderr.write(`
`);
    }, "finish"), onData = /* @__PURE__ */ __name((chunk) => {
      for (let ch of chunk.toString("utf8")) {
        if (ch === "\r" || ch === `
` || ch === "") {
          finish(), resolve(value);
          return;
        }
        if (ch === "") {
          finish(), reject(new WasmpackError("INTERRUPTED", "interrupted at the password prompt", "nothing was saved"));
          return;
        }
        ch === "\x7F" || ch === "\b" ? value = value.slice(0, -1) : value += ch;
      }
    }, "onData");
    stdin.setRawMode(!0), stdin.resume(), stdin.on("data", onData);
  });
}
__name(promptHidden, "promptHidden");
export {
  LoginCommand,
  promptHidden
};
