import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  TAG_PATTERN,
  parseReference
} from "./chunk-GRASZ2E7.js";
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/targets/transport-spec.ts
var SUPPORTED_TRANSPORTS = ["oci:DIR[:TAG]", "oci-archive:FILE[:TAG]", "docker-archive:FILE[:REF]", "docker://REF", "REGISTRY/REPO[:TAG] (a plain reference)"], FOREIGN_TRANSPORTS = /* @__PURE__ */ new Set(["dir", "containers-storage", "docker-daemon", "ostree", "sif", "tarball", "atomic"]), PREFIX_RE = /^([a-z][a-z0-9-]*):(.*)$/s, PORT_RE = /^\d+(\/|$)/;
function parseTransport(spec) {
  let match = PREFIX_RE.exec(spec);
  if (!match) return { transport: "registry", reference: parseReference(spec) };
  let [, prefix, rest] = match;
  switch (prefix) {
    case "oci": {
      let [dir, tag] = splitFirst(rest, spec, "DIR");
      return tag ? { transport: "oci", dir, tag } : { transport: "oci", dir };
    }
    case "oci-archive": {
      let [file, tag] = splitFirst(rest, spec, "FILE");
      return tag ? { transport: "oci-archive", file, tag } : { transport: "oci-archive", file };
    }
    case "docker-archive": {
      let [file, reference] = splitFirst(rest, spec, "FILE");
      return reference ? { transport: "docker-archive", file, reference } : { transport: "docker-archive", file };
    }
    case "docker": {
      if (!rest.startsWith("//") || rest.length === 2)
        throw new WasmpackError("BAD_TRANSPORT_SPEC", `"${spec}" is not a docker transport reference`, "write docker://REGISTRY/REPO[:TAG], or just REGISTRY/REPO[:TAG]");
      return { transport: "registry", reference: parseReference(rest.slice(2)) };
    }
  }
  if (!FOREIGN_TRANSPORTS.has(prefix) && (PORT_RE.test(rest) || TAG_PATTERN.test(rest)))
    return { transport: "registry", reference: parseReference(spec) };
  throw new WasmpackError(
    "UNKNOWN_TRANSPORT",
    `"${prefix}:" in "${spec}" is not a transport wasmpack supports`,
    `use one of: ${SUPPORTED_TRANSPORTS.join(", ")}`
  );
}
__name(parseTransport, "parseTransport");
function splitFirst(rest, spec, what) {
  let colon = rest.indexOf(":"), path = colon < 0 ? rest : rest.slice(0, colon), suffix = colon < 0 ? void 0 : rest.slice(colon + 1);
  if (!path) throw new WasmpackError("BAD_TRANSPORT_SPEC", `"${spec}" names no ${what}`, `write ${spec.slice(0, spec.length - rest.length)}${what}[:TAG]`);
  return [path, suffix || void 0];
}
__name(splitFirst, "splitFirst");
function transportName(spec) {
  switch (spec.transport) {
    case "registry":
      return spec.reference.toString();
    case "oci":
      return `oci:${spec.dir}${spec.tag ? `:${spec.tag}` : ""}`;
    case "oci-archive":
      return `oci-archive:${spec.file}${spec.tag ? `:${spec.tag}` : ""}`;
    case "docker-archive":
      return `docker-archive:${spec.file}${spec.reference ? `:${spec.reference}` : ""}`;
  }
}
__name(transportName, "transportName");

export {
  parseTransport,
  transportName
};
