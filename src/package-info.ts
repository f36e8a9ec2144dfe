import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The installed package's root (holds package.json, schemas/, templates/): found by walking up
 * from this module, which is src/, dist/src/ or, in the bundle, bin/ or bin/chunks/.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string };
      if (pkg.name === 'wasmpack') return (root = dir);
    } catch {
      // not here
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('wasmpack: cannot find its own package.json');
    dir = parent;
  }
}

/** Inlined by scripts/bundle.mjs (esbuild `define`); absent in tsc's dist/, which reads package.json. */
declare const WASMPACK_VERSION: string | undefined;

let version: string | undefined;

/**
 * wasmpack's own version: the User-Agent, `--version` and the up-to-date fingerprint. The bundle
 * carries it as a constant, so no file is read and a consumer's package.json is never mistaken for
 * ours; unbundled, it is read from the package root found above.
 */
export function packageVersion(): string {
  if (typeof WASMPACK_VERSION === 'string') return WASMPACK_VERSION;
  return (version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version);
}

/** What wasmpack sends as User-Agent to registries and token services. */
export function userAgent(): string {
  return `wasmpack/${packageVersion()}`;
}
