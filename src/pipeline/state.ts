import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WasmpackError } from '../errors.js';
import { writeAtomic } from '../targets/layout.js';

/**
 * Where `build` leaves its image for `push`: <project>/.wasmpack/oci is an OCI layout (readable by
 * skopeo as oci:.wasmpack/oci:<tag>) and last-build.json says what was built last.
 */
export const STATE_DIR = '.wasmpack';

export interface LastBuild {
  layout: string;
  /** The layout entry (ref.name) of the image. */
  localTag: string;
  /** The references the user asked for with -t / "tags": default push destinations. */
  tags: string[];
  digest: string;
  name: string;
  /** Extra images pushed beside each destination tag (AOT siblings): tag suffix -> layout entry. */
  extra?: Array<{ suffix: string; localTag: string }>;
  /** Manifests to push by digest after the main image (AOT referrers), stored untagged in the layout. */
  referrers?: string[];
}

export function layoutDir(projectDir: string): string {
  return join(projectDir, STATE_DIR, 'oci');
}

export async function saveLastBuild(projectDir: string, build: LastBuild): Promise<void> {
  await mkdir(join(projectDir, STATE_DIR), { recursive: true });
  await writeAtomic(join(projectDir, STATE_DIR, 'last-build.json'), `${JSON.stringify(build, null, 2)}\n`);
}

export async function loadLastBuild(projectDir: string): Promise<LastBuild> {
  try {
    return JSON.parse(await readFile(join(projectDir, STATE_DIR, 'last-build.json'), 'utf8')) as LastBuild;
  } catch {
    throw new WasmpackError('NO_BUILD', `no image built in ${projectDir} yet (no ${STATE_DIR}/last-build.json)`, 'run `wasmpack build` first, or name the image: wasmpack push oci:DIR:TAG DEST');
  }
}
