import type { ProjectConfig } from '../config/config.js';
import type { Reporter } from '../report/reporter.js';
import type { Runner } from '../process/exec.js';

export type Language = 'rust' | 'c' | 'go' | 'wasm';

export interface BuildContext {
  /** The project directory (absolute). */
  dir: string;
  config: ProjectConfig;
  runner: Runner;
  env: NodeJS.ProcessEnv;
  reporter: Reporter;
  release: boolean;
  /** A private scratch directory for this build; removed afterwards. */
  workDir: string;
  signal?: AbortSignal;
}

/** What the project says about itself, for the org.opencontainers.image.* annotations. */
export interface ProjectMetadata {
  title?: string;
  version?: string;
  licenses?: string;
  description?: string;
  authors?: string;
  url?: string;
}

export interface BuildOutput {
  /** Path of the compiled .wasm. */
  module: string;
  /** Base name of the module inside the image: /<name>.wasm. */
  name: string;
  metadata: ProjectMetadata;
  /** Human description of the toolchain used ("clang-16 + wasi-libc", "rustc 1.63.0 wasm32-wasi"). */
  toolchain: string;
}

/** One driver per language: compile the project at ctx.dir into a wasip1 module. */
export interface LanguageDriver {
  readonly language: Language;
  build(ctx: BuildContext): Promise<BuildOutput>;
}
