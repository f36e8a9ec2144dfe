import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  RegistryCommand
} from "./chunk-UKHTK6GJ.js";
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/cli/commands/push.ts
var import_clipanion = __toESM(require_advanced(), 1);
import { writeFile } from "node:fs/promises";
var PushCommand = class extends RegistryCommand {
  static {
    __name(this, "PushCommand");
  }
  static paths = [["push"]];
  static usage = import_clipanion.Command.Usage({
    description: "Push the built image to an OCI registry (or write it to a layout or archive)",
    details: `
      With no arguments, pushes the last \`wasmpack build\` of this directory to the tags it was built
      with. With one argument, pushes it to that destination; with two, pushes SOURCE (oci:DIR[:TAG]
      or a project directory) to DEST. DEST is an image reference (ghcr.io/acme/app:1.0,
      localhost:5000/app, docker://...) or oci:, oci-archive: or docker-archive:.
      Credentials come from --creds, --authfile, REGISTRY_AUTH_FILE, podman's auth.json, docker's
      config.json and its credential helpers. Plain HTTP is used only for localhost or with
      --tls-verify=false / --insecure-registry. Prints ref@digest on stdout.
    `,
    examples: [
      ["Push the last build to its tags", "$0 push"],
      ["Push to a registry", "$0 push ghcr.io/acme/app:1.0"],
      ["Push to several tags at once", "$0 push -t ghcr.io/acme/app:1.0 -t ghcr.io/acme/app:latest"],
      ["Push a layout", "$0 push oci:build/oci:app localhost:5000/app:1.0"]
    ]
  });
  args = import_clipanion.Option.Rest({ name: "[SOURCE] [DEST]" });
  tags = import_clipanion.Option.Array("-t,--tag", { description: "Destination reference (repeatable)" });
  dir = import_clipanion.Option.String("-C,--dir", ".", { description: "Project directory whose last build is pushed" });
  from = import_clipanion.Option.String("--from", { description: "Repository on the same registry to mount blobs from" });
  digestfile = import_clipanion.Option.String("--digestfile", { description: "Write the pushed manifest digest to this file" });
  concurrency = import_clipanion.Option.String("--jobs", { description: "Blobs uploaded at once (default 3)" });
  async run() {
    let [first, second, ...extra] = this.args;
    if (extra.length) throw new (await import("./advanced-6Y3ERBYM.js")).UsageError("push takes at most SOURCE and DEST");
    let source = second !== void 0 ? first : void 0, destinations = [...second !== void 0 ? [second] : first !== void 0 ? [first] : [], ...this.tags ?? []], { pushImage } = await import("./push-ZECOGQWE.js"), result = await pushImage(
      { source, destinations, dir: this.dir, ...this.from ? { mountFrom: this.from } : {}, ...this.concurrency ? { concurrency: Number(this.concurrency) } : {} },
      { access: await this.registryAccess(), reporter: this.reporter }
    );
    return this.digestfile && await writeFile(this.digestfile, result.digest), this.output(pushedLines(result), pushDocument(result)), 0;
  }
};
function pushedLines(result) {
  return result.pushed.map((p) => `${p.destination.replace(/@sha256:[0-9a-f]{64}$/, "")}@${p.digest}`);
}
__name(pushedLines, "pushedLines");
function pushDocument(result) {
  return {
    digest: result.digest,
    pushed: result.pushed.map((p) => ({
      destination: p.destination,
      tags: p.tags,
      ...p.extraTags ? { extraTags: p.extraTags } : {},
      blobs: { pushed: p.result.pushed, skipped: p.result.skipped, mounted: p.result.mounted },
      ...p.stats ? { requests: p.stats.requests, bytesUploaded: p.stats.blobBytesUploaded, retries: p.stats.retries } : {}
    }))
  };
}
__name(pushDocument, "pushDocument");

export {
  PushCommand,
  pushedLines,
  pushDocument
};
