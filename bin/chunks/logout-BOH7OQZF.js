import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackCommand
} from "./chunk-WDP67SHA.js";
import "./chunk-EPR3OEVV.js";
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import "./chunk-U4FSHFBH.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/cli/commands/logout.ts
var import_clipanion = __toESM(require_advanced(), 1);
var LogoutCommand = class extends WasmpackCommand {
  static {
    __name(this, "LogoutCommand");
  }
  static paths = [["logout"]];
  static usage = import_clipanion.Command.Usage({
    description: "Remove the stored credentials for a registry",
    details: `
      Removes what \`wasmpack login\` (or podman login) stored for REGISTRY (default docker.io):
      the entry in the login auth file (--authfile, REGISTRY_AUTH_FILE,
      \${XDG_RUNTIME_DIR}/containers/auth.json or ~/.config/containers/auth.json) and, when docker's
      config.json names a credential helper for it, the helper's copy. Credentials that still apply
      afterwards (docker's own config.json entries, say) are named in a warning.
    `,
    examples: [
      ["Log out of GHCR", "$0 logout ghcr.io"],
      ["Log out of every registry in the auth file", "$0 logout --all"]
    ]
  });
  registry = import_clipanion.Option.String({ required: !1, name: "REGISTRY" });
  authfile = import_clipanion.Option.String("--authfile", { description: "Auth file to remove the credentials from" });
  all = import_clipanion.Option.Boolean("-a,--all", !1, { description: "Remove the credentials of every registry in the auth file" });
  async run() {
    if (this.all && this.registry) throw new import_clipanion.UsageError("give either REGISTRY or --all, not both");
    let { logout } = await import("./login-KTLOGID2.js"), result = await logout({ ...this.registry ? { registry: this.registry } : {}, ...this.authfile ? { authfile: this.authfile } : {}, all: this.all }, {});
    for (let note of result.notes) this.reporter.warn(note);
    for (let { registry, from } of result.removed) this.reporter.succeed(`Removed login credentials for ${registry} from ${from.join(", ")}`);
    for (let registry of result.notLoggedIn) this.reporter.warn(`not logged in to ${registry}: nothing to remove`);
    this.all && result.removed.length === 0 && result.notLoggedIn.length === 0 && this.reporter.warn("no logins to remove");
    for (let { registry, source } of result.remaining)
      this.reporter.warn(`credentials for ${registry} remain in ${source} and wasmpack still uses them; remove them there (e.g. \`docker logout ${registry}\`)`);
    return this.output(
      result.removed.map((r) => r.registry),
      { removed: result.removed, notLoggedIn: result.notLoggedIn, remaining: result.remaining }
    ), 0;
  }
};
export {
  LogoutCommand
};
