import { basename } from 'node:path';
import type { ProjectConfig } from '../config/config.js';

/**
 * The build's external parameters for provenance: the settings a user chose (flags and config),
 * as they would repeat them. Values of --env are left out (names only): they are the one place a
 * build may carry a secret into the image, and provenance is published beside it. Paths are
 * reduced to file names, so the same project gives the same document on every machine.
 */
export function provenanceParameters(config: ProjectConfig, request: { release?: boolean; timestamp?: number }): Record<string, unknown> {
  const out: Record<string, unknown> = {
    language: config.language,
    release: request.release ?? true,
    format: config.format,
    compression: config.compression,
    variant: config.variant,
    strip: config.strip,
    sbom: config.sbom,
    tags: config.tags?.length ? config.tags : undefined,
    cmd: config.cmd?.length ? config.cmd : undefined,
    annotations: nonEmpty(config.annotations),
    labels: nonEmpty(config.labels),
    envNames: config.env && Object.keys(config.env).length ? Object.keys(config.env).sort() : undefined,
    wasm: config.wasm ? basename(config.wasm) : undefined,
    timestamp: request.timestamp,
    rust: nonEmpty(config.rust),
    go: nonEmpty(config.go),
    c: nonEmpty(config.c),
    aot: config.aot?.enabled ? config.aot : undefined,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}

function nonEmpty<T extends object>(value: T | undefined): T | undefined {
  return value && Object.keys(value).length ? value : undefined;
}
