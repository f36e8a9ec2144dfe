import type { Compression } from '../oci/media-types.js';

/**
 * The project's wasmpack.json (or [package.metadata.wasmpack] in Cargo.toml), as described by
 * schemas/wasmpack.schema.json. Every field here works; CLI flags override them.
 */
export interface ProjectConfig {
  /** Module and image name: the module is /<name>.wasm in the image. */
  name?: string;
  language?: 'rust' | 'c' | 'go' | 'wasm';
  /** A module built elsewhere: package it with no compile step. */
  wasm?: string;
  tags?: string[];
  format?: 'compat' | 'artifact';
  compression?: Compression;
  variant?: 'compat' | 'compat-smart';
  strip?: boolean;
  /** Run binaryen's wasm-opt on the module: true for -O2, or a level ("Oz", "O3", ...). */
  wasmOpt?: boolean | string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
  env?: Record<string, string>;
  cmd?: string[];
  c?: CConfig;
  rust?: RustConfig;
  go?: GoConfig;
  aot?: AotConfig;
}

export interface CConfig {
  /** Source files or globs relative to the project (default: every *.c, recursively, outside build dirs). */
  sources?: string[];
  includeDirs?: string[];
  /** NAME or NAME=VALUE. */
  defines?: string[];
  cflags?: string[];
  ldflags?: string[];
  /** The C compiler to use instead of the detected one. */
  cc?: string;
}

export interface RustConfig {
  /** The binary target to build when the package has several. */
  bin?: string;
  /** The workspace member to build. */
  package?: string;
  features?: string[];
  /** Rust target triple, when the detected one is not wanted (wasm32-wasip1, wasm32-wasi, wasm32-wasip2). */
  target?: string;
}

export interface GoConfig {
  /** auto: TinyGo when found, else Go >= 1.21. */
  toolchain?: 'auto' | 'go' | 'tinygo';
  /** The package to build (default "."). */
  package?: string;
  ldflags?: string;
  tags?: string[];
}

export interface AotConfig {
  enabled?: boolean;
  /** Path of wamrc (else WAMRC, else PATH). */
  wamrc?: string;
  targets?: string[];
  cpu?: string;
  cpuFeatures?: string;
  optLevel?: number;
  sizeLevel?: number;
  boundsChecks?: boolean;
  /** Extra wamrc flags passed through as is. */
  flags?: string[];
  /** How the AOT build is published next to the portable image. */
  ship?: Array<'sibling' | 'embed' | 'referrer'>;
}
