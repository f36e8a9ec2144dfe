import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  layerTitle
} from "./shared-pipeline-inspect.js";
import {
  referrerLabel
} from "./shared-supply-chain-documents.js";
import "./shared-supply-chain-sign-formats.js";
import "./shared-pipeline-last-build.js";
import "./shared-targets-transport-spec.js";
import {
  formatBytes
} from "./shared-report-console.js";
import "./shared-targets-registry-uploads.js";
import "./shared-oci-aot-image.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-oci-reference.js";
import "./shared-errors.js";
import "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/inspect-view.ts
var FORMAT_TEXT = {
  compat: "compat (OCI image: runwasi/containerd shims and crun run it)",
  artifact: "artifact (CNCF Wasm OCI artifact: wasmtime/wkg/Spin-style tools read it)",
  aot: "WAMR AOT (native code: only WAMR (iwasm) loads it)",
  index: "index (a list of manifests)",
  other: "not a Wasm image wasmpack recognises"
};
function summaryLines(image) {
  let lines = [], row = /* @__PURE__ */ __name((label, value) => {
    lines.push(`${`${label}:`.padEnd(14)}${value}`);
  }, "row");
  row("Image", image.reference), image.tags?.length && row("Tags", image.tags.join(", ")), row("Digest", image.digest), row("Media type", image.mediaType), image.manifest.artifactType && row("Artifact type", image.manifest.artifactType), row("Format", FORMAT_TEXT[image.format]);
  let cfg = image.config ?? {};
  (cfg.os || cfg.architecture) && row("Platform", `${cfg.os ?? "?"}/${cfg.architecture ?? "?"}${cfg.variant ? `/${cfg.variant}` : ""}`), cfg.created && row("Created", cfg.created), cfg.config?.Entrypoint?.length && row("Entrypoint", cfg.config.Entrypoint.join(" ")), cfg.config?.Cmd?.length && row("Cmd", cfg.config.Cmd.join(" ")), cfg.config?.Env?.length && row("Env", cfg.config.Env.join(", ")), image.manifest.config && row("Config", `${image.manifest.config.mediaType} (${formatBytes(image.manifest.config.size)})`);
  let layers = image.manifest.layers ?? [];
  if (layers.length) {
    let total = layers.reduce((sum, l) => sum + l.size, 0);
    row("Layers", `${layers.length}, ${formatBytes(total)} in total`);
    for (let layer of layers) {
      let title = layerTitle(layer);
      lines.push(`  ${layer.digest.slice(0, 19)}  ${formatBytes(layer.size).padStart(10)}  ${layer.mediaType}${title ? `  ${title}` : ""}`);
    }
  }
  for (let child of image.manifest.manifests ?? []) {
    let p = child.platform;
    lines.push(`  ${child.digest}  ${child.mediaType}${p ? `  ${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ""}` : ""}`);
  }
  image.manifest.subject && row("Subject", image.manifest.subject.digest);
  let annotations = Object.entries(image.manifest.annotations ?? {});
  if (annotations.length) {
    lines.push("Annotations:");
    for (let [key, value] of annotations.sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${key}=${value}`);
  }
  if (image.aot && lines.push(...aotLines(image.aot, "  ", "AOT:")), image.referrers?.length) {
    lines.push("Referrers:");
    for (let r of image.referrers) lines.push(`  ${r.digest}  ${referrerLabel(r)}`);
  }
  for (let c of image.companions ?? [])
    lines.push(`AOT image ${c.tag ?? "(referrer)"}:`), lines.push(`  digest ${c.digest}`), c.aot && lines.push(...aotLines(c.aot, "  "));
  return image.signatures && lines.push(`Signatures: ${image.signatures} (sha256-<hex>.sig; wasmpack verify checks them)`), lines;
}
__name(summaryLines, "summaryLines");
function aotLines(aot, indent, heading) {
  let lines = heading ? [heading] : [];
  lines.push(`${indent}layout ${aot.layout}, compiled by wamrc ${aot.wamrcVersion}`);
  for (let t of aot.targets) {
    let extra = [t.cpu && `cpu ${t.cpu}`, t.formatVersion !== void 0 && `AOT format ${t.formatVersion}`, t.flags && `flags ${t.flags}`].filter(Boolean).join(", ");
    lines.push(`${indent}target ${t.target}${extra ? ` (${extra})` : ""}`);
  }
  for (let runtime of aot.runtimes) lines.push(`${indent}loads in: ${runtime}`);
  return aot.wasmDigest && lines.push(`${indent}compiled from ${aot.wasmDigest}`), aot.subject && lines.push(`${indent}for image ${aot.subject}`), lines;
}
__name(aotLines, "aotLines");
function inspectDocument(image) {
  return {
    reference: image.reference,
    digest: image.digest,
    mediaType: image.mediaType,
    format: image.format,
    manifest: image.manifest,
    config: image.config ?? null,
    ...image.aot ? { aot: image.aot } : {},
    ...image.tags ? { tags: image.tags } : {},
    ...image.companions ? { aotImages: image.companions } : {},
    ...image.referrers ? { referrers: image.referrers } : {},
    ...image.signatures ? { signatures: image.signatures } : {}
  };
}
__name(inspectDocument, "inspectDocument");
export {
  inspectDocument,
  summaryLines
};
