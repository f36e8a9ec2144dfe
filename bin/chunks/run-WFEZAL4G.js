import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  RUNTIMES
} from "./chunk-RTSANVXA.js";
import "./chunk-J2QEESA2.js";
import "./chunk-XHMFB34W.js";
import {
  RegistryCommand
} from "./chunk-UKHTK6GJ.js";
import "./chunk-H2IX3B2B.js";
import "./chunk-PHI3SO4N.js";
import {
  keyValues,
  oneOf
} from "./chunk-WDP67SHA.js";
import "./chunk-EPR3OEVV.js";
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import "./chunk-BUQWXUZQ.js";
import "./chunk-GRASZ2E7.js";
import "./chunk-U4FSHFBH.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/cli/commands/run.ts
var import_clipanion = __toESM(require_advanced(), 1);
import { fileURLToPath } from "node:url";
var ENGINE_FAILED = 125, RunCommand = class extends RegistryCommand {
  static {
    __name(this, "RunCommand");
  }
  static paths = [["run"]];
  static usage = import_clipanion.Command.Usage({
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
  dirs = import_clipanion.Option.Array("--dir", { description: "Host directory HOST[:GUEST] the module may use (repeatable)" });
  runtime = import_clipanion.Option.String("--runtime", { description: `${RUNTIMES.join(", ")} (default: node; iwasm for .aot, jco for components)` });
  started = !1;
  async execute() {
    let code = await super.execute();
    return !this.started && code === 1 ? ENGINE_FAILED : code;
  }
  async run() {
    let runtime = oneOf("--runtime", this.runtime, RUNTIMES), env = keyValues("--env", this.env), { runImage } = await import("./run-JOVUSH2E.js");
    return (await runImage(
      { target: this.target, args: this.args, env, dirs: this.dirs ?? [], ...runtime ? { runtime } : {} },
      {
        access: await this.registryAccess(),
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
