import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  RegistryCommand
} from "./shared-cli-registry-options.js";
import {
  integer
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

// src/cli/commands/resolve.ts
var import_clipanion = __toESM(require_advanced(), 1);
var ResolveCommand = class extends RegistryCommand {
  static {
    __name(this, "ResolveCommand");
  }
  static paths = [["resolve"]];
  static operands = "-f FILE|DIR [-t REPO]";
  static usage = import_clipanion.Command.Usage({
    category: "Build & publish",
    description: "Build and push the wasmpack:// images in Kubernetes YAML; print it digest-pinned",
    details: `
      Reads Kubernetes YAML (-f FILE, or -f DIR for its *.yaml files) and builds every project
      named by an image \`wasmpack://PATH\` (PATH a project directory relative to the current
      directory; each built once, two at a time), pushes it to -t REPO/<directory name>:latest
      (default: the project's own tags in wasmpack.json), and prints the YAML with each reference
      replaced by REGISTRY/REPOSITORY@sha256:... . Every pod that runs one gets
      runtimeClassName (--runtime-class, default crun-wasm) and the pod annotation
      module.wasm.image/variant: compat where they are missing. Comments, key order and other
      images are left as they are. See README#kubernetes for the node's side.
    `,
    examples: [
      ["Build, push and deploy in one step", "$0 resolve -f k8s/ -t ghcr.io/acme | kubectl apply -f -"],
      ["Resolve one file against a local registry", "$0 resolve -f k8s/deployment.yaml -t localhost:5000/demo"],
      ["Use another RuntimeClass", "$0 resolve -f k8s/ -t ghcr.io/acme --runtime-class wasmtime"]
    ]
  });
  files = import_clipanion.Option.Array("-f,--filename", { description: "YAML file, or a directory of *.yaml files (repeatable)" });
  repo = import_clipanion.Option.String("-t,--repo", { description: "Repository prefix to push to: REPO/<project directory name>:latest" });
  runtimeClass = import_clipanion.Option.String("--runtime-class", { description: "runtimeClassName for pods that run a Wasm image (default crun-wasm)" });
  jobs = import_clipanion.Option.String("--jobs", { description: "Projects built at once, 1-16 (default 2)" });
  async run() {
    let jobs = integer("--jobs", this.jobs, { min: 1, max: 16 }), { resolveKubernetes } = await import("./pipeline-resolve.js"), access, result = await resolveKubernetes(
      { files: this.files ?? [], ...this.repo ? { repo: this.repo } : {}, ...this.runtimeClass ? { runtimeClass: this.runtimeClass } : {}, ...jobs !== void 0 ? { jobs } : {} },
      { reporter: this.reporter, env: process.env, signal: this.signal, access: /* @__PURE__ */ __name(() => access ??= this.registryAccess(), "access") }
    );
    for (let image of result.images) this.reporter.succeed(`wasmpack://${image.path} -> ${image.pinned}`);
    return this.json ? this.output([], { yaml: result.yaml, images: result.images }) : this.context.stdout.write(result.yaml), 0;
  }
};
export {
  ResolveCommand
};
