/**
 * Temp dirs a test file makes, removed when its process exits (node --test runs every file in a
 * process of its own), whether its tests passed or not: scripts/run-tests.mjs fails a run that
 * leaves `wasmpack-*` entries behind.
 */
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

/** A fresh directory `<tmpdir>/<prefix>XXXXXX`, removed at exit. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  removeAtExit(dir);
  return dir;
}

/** Removes `path` when the test process exits. */
export function removeAtExit(path: string): void {
  if (made.size === 0) process.once('exit', removeAll);
  made.add(path);
}

function removeAll(): void {
  for (const path of made) {
    try {
      rmSync(path, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // left for scripts/run-tests.mjs to report
    }
  }
}

/**
 * A fresh directory under /tmp whatever TMPDIR is (removed at exit): podman refuses a --runroot
 * longer than 50 characters, and scripts/run-tests.mjs gives the tests a TMPDIR of their own.
 */
export async function shortTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join('/tmp', prefix));
  removeAtExit(dir);
  return dir;
}
