import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WasmpackError } from '../errors.js';
import { Annotation } from '../oci/media-types.js';
import { parseReference, type Reference } from '../oci/reference.js';
import { writeAtomic } from '../targets/layout.js';
import { LayoutSource } from '../targets/layout-source.js';
import type { ImageGraph } from './graph.js';

/**
 * Where `build` leaves its image for `push`: <project>/.wasmpack/oci is an OCI layout (readable by
 * skopeo as oci:.wasmpack/oci:<tag>) and holds every manifest and blob. last-build.json keeps only
 * what the layout cannot say: which of its entries the last build wrote, and the tags the user
 * asked for (the default push destinations). No paths, no digests: the layout is the truth.
 */
export const STATE_DIR = '.wasmpack';
const LAST_BUILD_FILE = 'last-build.json';

export interface LastBuildRecord {
  /** The layout entry (org.opencontainers.image.ref.name) of the portable image. */
  ref: string;
  /** The -t / "tags" references: default push destinations. */
  tags: string[];
  /** Suffixes of the AOT images tagged beside it ("-aot-x86_64"). */
  companions: string[];
  /** What the build was made from (src/pipeline/up-to-date.ts): an equal one skips the compile. */
  fingerprint?: string;
  /** What the build found out that the image does not say (the module before strip, its report). */
  found?: unknown;
}

/** The record itself, when there is a readable one. */
export async function readLastBuildRecord(projectDir: string): Promise<LastBuildRecord | undefined> {
  try {
    return JSON.parse(await readFile(join(projectDir, STATE_DIR, LAST_BUILD_FILE), 'utf8')) as LastBuildRecord;
  } catch {
    return undefined;
  }
}

export interface LastBuild {
  graph: ImageGraph;
  /** The layout entry of the portable image. */
  ref: string;
  tags: Reference[];
  layout: string;
}

export function layoutDir(projectDir: string): string {
  return join(projectDir, STATE_DIR, 'oci');
}

export async function saveLastBuild(projectDir: string, record: LastBuildRecord): Promise<void> {
  await mkdir(join(projectDir, STATE_DIR), { recursive: true });
  await writeAtomic(join(projectDir, STATE_DIR, LAST_BUILD_FILE), `${JSON.stringify(record, null, 2)}\n`);
}

/** The last build of a project, read back from its layout: the same graph build() returned. `known` is its record, when the caller has read it already. */
export async function openLastBuild(projectDir: string, known?: LastBuildRecord): Promise<LastBuild> {
  const record = known ?? (await readLastBuildRecord(projectDir));
  if (!record) {
    throw new WasmpackError('NO_BUILD', `no image built in ${projectDir} yet (no ${STATE_DIR}/${LAST_BUILD_FILE})`, 'run `wasmpack build` first, or name the image: wasmpack push oci:DIR:TAG DEST');
  }
  if (typeof record.ref !== 'string' || !Array.isArray(record.tags)) {
    throw new WasmpackError('STALE_BUILD', `${STATE_DIR}/${LAST_BUILD_FILE} in ${projectDir} was written by another wasmpack version`, 'run `wasmpack build` again');
  }
  const layout = layoutDir(projectDir);
  const graph = await openLayoutGraph(layout, record.ref, record.companions ?? []);
  return { graph, ref: record.ref, tags: record.tags.map(parseReference), layout };
}

/**
 * An image of a layout with the companions tagged beside it and its referrers, read through the
 * layout source. Blobs are not hashed again on the way out (verify: false): this is an image
 * wasmpack wrote, and every target checks what it receives (a registry by digest, a layout as it
 * writes or links).
 */
export async function openLayoutGraph(layout: string, tag: string | undefined, companionSuffixes: readonly string[] = []): Promise<ImageGraph> {
  const source = new LayoutSource(layout, { verify: false });
  const image = await source.resolve(tag);
  const companions = await Promise.all(companionSuffixes.map(async (suffix) => ({ suffix, image: await source.resolve(`${tag}${suffix}`) })));
  const referrers = await source.referrers(image.descriptor.digest);
  return { image, companions, referrers, name: imageName(image, tag), reference: tag ?? 'image:latest' };
}

/** The image's title annotation (set by build), else the tag's repository name. */
function imageName(image: { bytes: Buffer }, tag: string | undefined): string {
  const title = (JSON.parse(image.bytes.toString('utf8')) as { annotations?: Record<string, string> }).annotations?.[Annotation.title];
  return title ?? tag ?? 'image';
}
