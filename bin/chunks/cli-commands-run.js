import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  assertLocalFileExists
} from "./shared-cli-local-file.js";
import {
  RUNTIMES
} from "./shared-pipeline-runtimes.js";
import "./shared-wasm-binary.js";
import "./shared-wasm-aot-header.js";
import {
  trustOptions,
  verifiedImage
} from "./shared-cli-signing-options.js";
import {
  RegistryCommand
} from "./shared-cli-registry-options.js";
import {
  keyValues,
  oneOf
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

// src/cli/commands/run.ts
var import_clipanion = __toESM(require_advanced(), 1);
import { fileURLToPath } from "node:url";
var ENGINE_FAILED = 125, TRUST = trustOptions(), RunCommand = class extends RegistryCommand {
  static {
    __name(this, "RunCommand");
  }
  static paths = [["run"]];
  static operands = "IMAGE|DIR|FILE [-- ARGS...]";
  static placeholders = { "--dir": "HOST[:GUEST]" };
  static usage = import_clipanion.Command.Usage({
    category: "Run & inspect",
    description: "Run an image's module the way a container engine would (node:wasi by default)",
    details: `
      IMAGE is a registry reference, oci:DIR[:TAG], oci-archive:FILE[:TAG], a project directory (its
      last build) or a .wasm/.aot file. The module gets the image's Entrypoint, its Cmd (replaced by
      ARGS after --), its Env (plus --env) and the image's files as "/"; --dir HOST[:GUEST] adds host
      directories. The default runtime is node's WASI (preview1); .aot files need iwasm, WASI 0.2
      components jco (or --runtime wasmtime). The module's exit code is wasmpack's; 125 means
      wasmpack itself failed before the module ran (an error[CODE] on stderr).
    `,
    examples: [
      ["Run the last build of this project", "$0 run ."],
      ["Run a pushed image with an argument", "$0 run localhost:5000/app:1.0 -- --verbose"],
      ["Run with an extra variable and a host directory", "$0 run oci:build/oci:app --env LEVEL=debug --dir ./data:/data"],
      ["Run an AOT tag under iwasm", "$0 run ghcr.io/acme/app:1.0-aot-x86_64"],
      ["Run under wasmtime", "$0 run app.wasm --runtime wasmtime"]
    ]
  });
  target = import_clipanion.Option.String({ name: "IMAGE|DIR|FILE" });
  args = import_clipanion.Option.Rest({ name: "ARGS" });
  env = import_clipanion.Option.Array("--env,-e", { description: "Environment K=V for the module, added to the image's (repeatable)" });
  key = TRUST.key;
  identity = TRUST.identity;
  identityRegExp = TRUST.identityRegExp;
  issuer = TRUST.issuer;
  trustedRoot = TRUST.trustedRoot;
  dirs = import_clipanion.Option.Array("--dir", { description: "Host directory HOST[:GUEST] the module may use (repeatable)" });
  runtime = import_clipanion.Option.String("--runtime", { description: `${RUNTIMES.join(", ")} (default: node; iwasm for .aot, jco for components)` });
  started = !1;
  async execute() {
    let code = await super.execute();
    return !this.started && code === 1 ? ENGINE_FAILED : code;
  }
  async run() {
    let runtime = oneOf("--runtime", this.runtime, RUNTIMES);
    await assertLocalFileExists(this.target, "run");
    let env = keyValues("--env", this.env), access = await this.registryAccess(), target = await verifiedImage(this.target, this, access), { runImage } = await import("./pipeline-run.js");
    return (await runImage(
      { target, args: this.args, env, dirs: this.dirs ?? [], ...runtime ? { runtime } : {} },
      {
        access,
        reporter: this.reporter,
        env: process.env,
        nodeHost: fileURLToPath(new URL("../wasi-host.js", import.meta.url)),
        onStart: /* @__PURE__ */ __name(() => {
          this.started = !0;
        }, "onStart")
      }
    )).code;
  }
};
export {
  RunCommand
};
