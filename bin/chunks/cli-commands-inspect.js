import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  assertLocalFileExists
} from "./shared-cli-local-file.js";
import {
  RegistryCommand
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
import "./shared-errors.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/inspect.ts
var import_clipanion = __toESM(require_advanced(), 1);
var InspectCommand = class extends RegistryCommand {
  static {
    __name(this, "InspectCommand");
  }
  static paths = [["inspect"]];
  static usage = import_clipanion.Command.Usage({
    category: "Run & inspect",
    description: "Show an image: digest, platform, entrypoint, layers, annotations, AOT builds",
    details: `
      IMAGE is a registry reference (ghcr.io/acme/app:1.0), oci:DIR[:TAG], or a project directory;
      without it, the last \`wasmpack build\` of this directory (with its AOT images). Only the
      manifest and config are fetched, never the layers. --json prints one document
      {reference, digest, mediaType, format, manifest, config, aot?}; --raw prints the manifest
      bytes exactly as stored (what its digest is computed over).
    `,
    examples: [
      ["Inspect the last build", "$0 inspect"],
      ["Inspect a pushed image", "$0 inspect ghcr.io/acme/app:1.0"],
      ["Inspect a layout entry as JSON", "$0 inspect oci:build/oci:app --json"],
      ["Print the manifest as stored", "$0 inspect --raw localhost:5000/app:1.0"]
    ]
  });
  image = import_clipanion.Option.String({ required: !1, name: "IMAGE" });
  dir = import_clipanion.Option.String("-C,--dir", ".", { description: "Project directory whose last build is inspected" });
  raw = import_clipanion.Option.Boolean("--raw", !1, { description: "Print the manifest bytes exactly as stored" });
  async run() {
    if (this.raw && this.json) throw new import_clipanion.UsageError("--raw and --json cannot be combined");
    this.image !== void 0 && await assertLocalFileExists(this.image, "inspect");
    let { inspectImage } = await import("./pipeline-inspect.js"), { inspectDocument, summaryLines } = await import("./cli-inspect-view.js"), image = await inspectImage({ ...this.image !== void 0 ? { image: this.image } : {}, dir: this.dir }, { access: await this.registryAccess(), reporter: this.reporter });
    return this.raw ? (this.context.stdout.write(image.manifestBytes), 0) : (this.output(summaryLines(image), inspectDocument(image)), 0);
  }
};
export {
  InspectCommand
};
