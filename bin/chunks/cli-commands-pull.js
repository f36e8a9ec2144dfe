import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  assertLocalFileExists
} from "./shared-cli-local-file.js";
import {
  trustOptions,
  verifiedImage
} from "./shared-cli-signing-options.js";
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

// src/cli/commands/pull.ts
var import_clipanion = __toESM(require_advanced(), 1);
var TRUST = trustOptions(), PullCommand = class extends RegistryCommand {
  static {
    __name(this, "PullCommand");
  }
  static paths = [["pull"]];
  static placeholders = { "--output": "FILE" };
  static usage = import_clipanion.Command.Usage({
    category: "Run & inspect",
    description: "Fetch an image, every blob checked: its module (-o) or the whole image (--oci)",
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
  key = TRUST.key;
  identity = TRUST.identity;
  identityRegExp = TRUST.identityRegExp;
  issuer = TRUST.issuer;
  trustedRoot = TRUST.trustedRoot;
  async run() {
    await assertLocalFileExists(this.image, "pull");
    let access = await this.registryAccess(), image = await verifiedImage(this.image, this, access), { pullImage } = await import("./pipeline-pull.js"), result = await pullImage(
      { image, ...this.file ? { output: this.file } : {}, ...this.oci ? { oci: this.oci } : {} },
      { access, reporter: this.reporter }
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
