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

// src/cli/commands/pull.ts
var import_clipanion = __toESM(require_advanced(), 1);
var PullCommand = class extends RegistryCommand {
  static {
    __name(this, "PullCommand");
  }
  static paths = [["pull"]];
  static usage = import_clipanion.Command.Usage({
    description: "Fetch an image and write its module (-o) or the whole image (--oci), every blob checked",
    details: `
      IMAGE is a registry reference (ghcr.io/acme/app:1.0), oci:DIR[:TAG] or oci-archive:FILE[:TAG].
      Every manifest and blob is checked against its digest and size before it is used, sizes are
      capped, and layers are unpacked in memory, refusing entries with "..", absolute paths, links
      and devices. -o FILE writes the image's entrypoint module (for an AOT tag, the .aot) byte for
      byte; --oci DIR[:TAG] copies the image graph into an OCI layout (default tag: the source's,
      else latest). Prints the file or layout entry and the manifest digest on stdout.
    `,
    examples: [
      ["Write the module of a pushed image", "$0 pull ghcr.io/acme/app:1.0 -o app.wasm"],
      ["Write the .aot of an AOT tag", "$0 pull ghcr.io/acme/app:1.0-aot-x86_64 -o app.aot"],
      ["Copy an image into a layout", "$0 pull localhost:5000/app:1.0 --oci ./images:app"]
    ]
  });
  image = import_clipanion.Option.String({ name: "IMAGE" });
  file = import_clipanion.Option.String("-o,--output", { description: "Write the entrypoint module (or .aot) to this file" });
  oci = import_clipanion.Option.String("--oci", { description: "Copy the whole image into this OCI layout: DIR[:TAG]" });
  async run() {
    let { pullImage } = await import("./pull-QRHC6CG3.js"), result = await pullImage(
      { image: this.image, ...this.file ? { output: this.file } : {}, ...this.oci ? { oci: this.oci } : {} },
      { access: await this.registryAccess(), reporter: this.reporter }
    );
    return this.output(pulledLines(result), result), 0;
  }
};
function pulledLines(result) {
  let lines = [];
  return result.output && lines.push(`${result.output.path}  ${result.output.digest}  (${result.output.from} of ${result.reference}@${result.digest})`), result.layout && lines.push(`oci:${result.layout.dir}:${result.layout.tag}@${result.digest}`), lines;
}
__name(pulledLines, "pulledLines");
export {
  PullCommand,
  pulledLines
};
