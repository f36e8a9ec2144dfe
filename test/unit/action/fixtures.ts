import type { BuildView } from '../../../src/action/wasmpack.js';

/** A BuildView as the adapter returns it, for the pure modules' tests. */
export function buildView(overrides: Partial<BuildView> = {}): BuildView {
  return {
    name: 'hello',
    digest: `sha256:${'a'.repeat(64)}`,
    imageId: `sha256:${'b'.repeat(64)}`,
    format: 'compat',
    platform: 'wasi/wasm',
    size: 12_800,
    moduleSize: 28_649,
    layout: 'oci:/w/.wasmpack/oci:ghcr.io/acme/app:1.0',
    localTag: 'ghcr.io/acme/app:1.0',
    tags: ['ghcr.io/acme/app:1.0'],
    toolchain: 'clang-16',
    timestamp: 1_714_557_600,
    aotReferrers: 0,
    ...overrides,
  };
}
