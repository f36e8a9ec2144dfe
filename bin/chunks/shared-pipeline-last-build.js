import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  LayoutSource
} from "./shared-targets-layout-source.js";
import {
  writeAtomic
} from "./shared-targets-layout.js";
import {
  Annotation
} from "./shared-streamx.js";
import {
  parseReference
} from "./shared-oci-reference.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/last-build.ts
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var STATE_DIR = ".wasmpack", LAST_BUILD_FILE = "last-build.json";
async function readLastBuildRecord(projectDir) {
  try {
    return JSON.parse(await readFile(join(projectDir, STATE_DIR, LAST_BUILD_FILE), "utf8"));
  } catch {
    return;
  }
}
__name(readLastBuildRecord, "readLastBuildRecord");
function layoutDir(projectDir) {
  return join(projectDir, STATE_DIR, "oci");
}
__name(layoutDir, "layoutDir");
async function saveLastBuild(projectDir, record) {
  await mkdir(join(projectDir, STATE_DIR), { recursive: !0 }), await writeAtomic(join(projectDir, STATE_DIR, LAST_BUILD_FILE), `${JSON.stringify(record, null, 2)}
`);
}
__name(saveLastBuild, "saveLastBuild");
async function openLastBuild(projectDir, known) {
  let record = known ?? await readLastBuildRecord(projectDir);
  if (!record)
    throw new WasmpackError("NO_BUILD", `no image built in ${projectDir} yet (no ${STATE_DIR}/${LAST_BUILD_FILE})`, "run `wasmpack build` first, or name the image: wasmpack push oci:DIR:TAG DEST");
  if (typeof record.ref != "string" || !Array.isArray(record.tags))
    throw new WasmpackError("STALE_BUILD", `${STATE_DIR}/${LAST_BUILD_FILE} in ${projectDir} was written by another wasmpack version`, "run `wasmpack build` again");
  let layout = layoutDir(projectDir);
  return { graph: await openLayoutGraph(layout, record.ref, record.companions ?? []), ref: record.ref, tags: record.tags.map(parseReference), layout };
}
__name(openLastBuild, "openLastBuild");
async function openLayoutGraph(layout, tag, companionSuffixes = []) {
  let source = new LayoutSource(layout, { verify: !1 }), image = await source.resolve(tag), companions = await Promise.all(companionSuffixes.map(async (suffix) => ({ suffix, image: await source.resolve(`${tag}${suffix}`) }))), referrers = await source.referrers(image.descriptor.digest);
  return { image, companions, referrers, name: imageName(image, tag), reference: tag ?? "image:latest" };
}
__name(openLayoutGraph, "openLayoutGraph");
function imageName(image, tag) {
  return JSON.parse(image.bytes.toString("utf8")).annotations?.[Annotation.title] ?? tag ?? "image";
}
__name(imageName, "imageName");

export {
  STATE_DIR,
  readLastBuildRecord,
  layoutDir,
  saveLastBuild,
  openLastBuild,
  openLayoutGraph
};
