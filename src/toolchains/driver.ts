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
  /** What the build used, for its SBOM (src/supply-chain reads it). */
  inputs?: BuildInputs;
}

/** The tools and files a build used, as the SBOM needs them; each run with the build's own environment. */
export interface BuildInputs {
  /** The Cargo package that was built: its Cargo.lock entry is the module, the rest its crates. */
  rust?: { package?: string };
  /** The Go command that lists the modules (`go list -m -json all`). */
  go?: { command: string; env: NodeJS.ProcessEnv };
  /** The C compiler (asked for its version), the sources it compiled (relative to the project), and a wasi-sdk root when it came from one. */
  c?: { compiler: string; env: NodeJS.ProcessEnv; sources: string[]; wasiSdk?: string };
}

/** One driver per language: compile the project at ctx.dir into a wasip1 module. */
export interface LanguageDriver {
  readonly language: Language;
  build(ctx: BuildContext): Promise<BuildOutput>;
}
