import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  RegistryCommand
} from "./chunk-UKHTK6GJ.js";
import "./chunk-H2IX3B2B.js";
import "./chunk-PHI3SO4N.js";
import "./chunk-WDP67SHA.js";
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

// src/cli/commands/inspect.ts
var import_clipanion = __toESM(require_advanced(), 1);
var InspectCommand = class extends RegistryCommand {
  static {
    __name(this, "InspectCommand");
  }
  static paths = [["inspect"]];
  static usage = import_clipanion.Command.Usage({
    description: "Show what an image is: digest, platform, entrypoint, layers, annotations, AOT builds",
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
    let { inspectImage } = await import("./inspect-GUNQ3VZR.js"), { inspectDocument, summaryLines } = await import("./inspect-view-MJYJPBEC.js"), image = await inspectImage({ ...this.image !== void 0 ? { image: this.image } : {}, dir: this.dir }, { access: await this.registryAccess(), reporter: this.reporter });
    return this.raw ? (this.context.stdout.write(image.manifestBytes), 0) : (this.output(summaryLines(image), inspectDocument(image)), 0);
  }
};
export {
  InspectCommand
};
