import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  RegistryCommand
} from "./shared-cli-registry-options.js";
import {
  WasmpackCommand
} from "./shared-cli-base.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/help/describe.ts
var import_clipanion = __toESM(require_advanced(), 1);
var PLACEHOLDERS = {
  "--tag": "REF",
  "--wasm": "FILE",
  "--language": "LANG",
  "--config": "FILE",
  "--format": "FORMAT",
  "--compression": "ALGO",
  "--variant": "VARIANT",
  "--sbom": "FORMAT",
  "--annotation": "K=V",
  "--label": "K=V",
  "--env": "K=V",
  "--cmd": "ARG",
  "--timestamp": "SECONDS",
  "--output": "DEST",
  "--iidfile": "FILE",
  "--digestfile": "FILE",
  "--bin": "NAME",
  "--package": "NAME",
  "--features": "FEATURES",
  "--toolchain": "NAME",
  "--aot-target": "ARCH",
  "--aot-cpu": "CPU",
  "--aot-cpu-features": "FEATURES",
  "--aot-opt-level": "N",
  "--aot-size-level": "N",
  "--aot-ship": "HOW",
  "--cert-dir": "DIR",
  "--insecure-registry": "HOST[:PORT]",
  "--creds": "USER[:PASSWORD]",
  "--authfile": "FILE",
  "--template": "NAME",
  "--name": "NAME",
  "--dir": "DIR",
  "--username": "USER",
  "--password": "PASSWORD",
  "--oci": "DIR[:TAG]",
  "--from": "REPO",
  "--jobs": "N",
  "--runtime": "NAME",
  "--filename": "FILE|DIR",
  "--repo": "REPO",
  "--runtime-class": "NAME",
  "--key": "FILE",
  "--sign-key": "FILE",
  "--attest": "TYPE=FILE",
  "--certificate-identity": "ID",
  "--certificate-identity-regexp": "REGEXP",
  "--certificate-oidc-issuer": "URL",
  "--trusted-root": "FILE"
}, OPTIONAL_VALUE = { "--tls-verify": "[=BOOL]", "--wasm-opt": "[=LEVEL]" }, GlobalProbe = class extends WasmpackCommand {
  static {
    __name(this, "GlobalProbe");
  }
  static paths = [["global-probe"]];
  static usage = {};
  async run() {
  }
}, RegistryProbe = class extends RegistryCommand {
  static {
    __name(this, "RegistryProbe");
  }
  static paths = [["registry-probe"]];
  static usage = {};
  async run() {
  }
};
function describeCommands(classes) {
  let cli = new import_clipanion.Cli({ binaryName: "wasmpack" });
  for (let c of [...classes, GlobalProbe, RegistryProbe]) cli.register(c);
  let definitions = cli.definitions({ colored: !1 }), optionsOf = /* @__PURE__ */ __name((path) => definitions.find((d) => d.path === `wasmpack ${path}`)?.options.map((o) => o.definition) ?? [], "optionsOf"), global = new Set(optionsOf("global-probe")), registry = new Set(optionsOf("registry-probe"));
  return classes.map((commandClass) => {
    let name = commandClass.paths[0].join(" "), definition = definitions.find((d) => d.path === `wasmpack ${name}`), documented = commandClass, options = definition.options.map(({ definition: text, description }) => {
      let [namesText, ...values] = text.split(" "), names = namesText.split(",").sort((a, b) => a.length - b.length), long = names.find((n) => n.startsWith("--")) ?? names[0], placeholder = values.length > 0 ? documented.placeholders?.[long] ?? PLACEHOLDERS[long] ?? "VALUE" : OPTIONAL_VALUE[long], section = global.has(text) ? "global" : registry.has(text) ? "registry" : "command";
      return { names, ...placeholder ? { placeholder } : {}, description: description?.trim() ?? "", section };
    });
    return {
      name,
      // clipanion formats these texts with a trailing newline.
      category: definition.category?.trim() ?? "Other",
      description: definition.description?.trim() ?? "",
      details: (definition.details ?? "").trim(),
      examples: (definition.examples ?? []).map(([what, command]) => [what.trim(), command.trim().replace(/\$0/g, "wasmpack")]),
      operands: documented.operands ?? operandsOf(definition.usage),
      options
    };
  });
}
__name(describeCommands, "describeCommands");
function operandsOf(usage) {
  return usage.replace(/\[-[^\]]*\]/g, "").split(/\s+/).slice(2).filter(Boolean).map((t) => t === "..." ? "[ARGS...]" : t.replace(/^<(.*)>$/, "$1")).join(" ");
}
__name(operandsOf, "operandsOf");
function optionSynopsis(option) {
  let names = option.names.join(", ");
  return option.placeholder ? option.placeholder.startsWith("[") ? `${names}${option.placeholder}` : `${names} ${option.placeholder}` : names;
}
__name(optionSynopsis, "optionSynopsis");

export {
  describeCommands,
  optionSynopsis
};
