import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { RustConfig } from '../../config/config.js';
import { WasmpackError } from '../../errors.js';
import { tail } from '../../process/exec.js';
import type { BuildContext, BuildOutput, LanguageDriver, ProjectMetadata } from '../driver.js';
import { realFiles, type FileProbe } from '../files.js';
import { moduleName } from '../module-name.js';
import {
  DEBIAN_RUST,
  findRustToolchain,
  isNetworkFailure,
  offlineRegistryHint,
  oldCargoHint,
  parseCargoMessages,
  pickBinary,
  type RustFallback,
  type RustToolchain,
} from './toolchain.js';

/** Where Debian installs its packaged crates (librust-*-dev). */
export const DEBIAN_CARGO_REGISTRY = '/usr/share/cargo/registry';

export interface RustDriverOptions {
  files?: FileProbe;
  /** Toolchains tried after RUSTC and PATH; default Debian's /usr/bin/rustc. [] in tests that simulate a bare machine. */
  fallbacks?: readonly RustFallback[];
}

/** The package fields cargo metadata reports that wasmpack turns into image annotations. */
interface CargoPackage {
  name: string;
  version?: string;
  license?: string | null;
  description?: string | null;
  authors?: string[];
  repository?: string | null;
  homepage?: string | null;
  manifest_path?: string;
}

/** Builds a Cargo project with `cargo build --target wasm32-wasip1|wasm32-wasi`. */
export function createRustDriver(options: RustDriverOptions = {}): LanguageDriver {
  const files = options.files ?? realFiles;
  const fallbacks = options.fallbacks ?? [DEBIAN_RUST];
  return {
    language: 'rust',
    async build(ctx: BuildContext): Promise<BuildOutput> {
      const rust = ctx.config.rust ?? {};
      const toolchain = await findRustToolchain({ env: ctx.env, runner: ctx.runner, files, target: rust.target, fallbacks, reporter: ctx.reporter, cwd: ctx.dir });

      // cargo metadata --no-deps reads only the manifest (no network), so a broken Cargo.toml is
      // reported as such before a build starts.
      const pkg = await readPackage(ctx, toolchain, rust);

      const args = cargoBuildArguments(toolchain.target, ctx.release, rust);
      ctx.reporter.step(`building ${pkg?.name ?? 'the crate'} with ${toolchain.description}`);
      const result = await ctx.runner(toolchain.cargo, args, { cwd: ctx.dir, env: toolchain.env, signal: ctx.signal });
      if (result.code !== 0) throw await buildFailure(result.stderr, result.code, toolchain, files);

      const binary = pickBinary(parseCargoMessages(result.stdout), rust.bin);
      const name = moduleName(ctx.config.name ?? binary.name);
      const module = join(ctx.workDir, `${name}.wasm`);
      // Copied out of target/ so later steps (strip, AOT) never touch cargo's own output.
      await copyFile(binary.executable, module);
      ctx.reporter.succeed(`built ${binary.name}.wasm`);
      return { module, name, metadata: metadataOf(pkg, name), toolchain: toolchain.description, inputs: { rust: pkg?.name ? { package: pkg.name } : {} } };
    },
  };
}

export const rustDriver: LanguageDriver = createRustDriver();

/** `cargo build` for one target, JSON artifacts on stdout, rendered diagnostics on stderr. */
export function cargoBuildArguments(target: string, release: boolean, rust: RustConfig): string[] {
  return [
    'build',
    ...(release ? ['--release'] : []),
    '--target',
    target,
    '--message-format=json-render-diagnostics',
    ...(rust.package ? ['--package', rust.package] : []),
    ...(rust.bin ? ['--bin', rust.bin] : []),
    ...(rust.features && rust.features.length > 0 ? ['--features', rust.features.join(',')] : []),
  ];
}

async function readPackage(ctx: BuildContext, toolchain: RustToolchain, rust: RustConfig): Promise<CargoPackage | undefined> {
  const result = await ctx.runner(toolchain.cargo, ['metadata', '--no-deps', '--format-version', '1'], { cwd: ctx.dir, env: toolchain.env, signal: ctx.signal });
  if (result.code !== 0) {
    const stderr = result.stderr.trim();
    throw new WasmpackError(
      'CARGO_MANIFEST_INVALID',
      `cargo could not read the manifest in ${ctx.dir}:\n${stderr}`,
      oldCargoHint(stderr) ?? 'fix Cargo.toml as cargo says above (`cargo metadata --no-deps` shows the same error)',
    );
  }
  return choosePackage(result.stdout, ctx.dir, rust.package);
}

/**
 * The package the image describes: rust.package, else the one whose manifest is the project's
 * Cargo.toml, else the only member. A virtual workspace with several members has none.
 */
export function choosePackage(metadataJson: string, dir: string, wanted?: string): CargoPackage | undefined {
  const metadata = JSON.parse(metadataJson) as { packages?: CargoPackage[] };
  const packages = metadata.packages ?? [];
  if (wanted) {
    const found = packages.find((p) => p.name === wanted);
    if (!found) {
      throw new WasmpackError(
        'RUST_PACKAGE_NOT_FOUND',
        `The workspace has no package named ${wanted} (members: ${packages.map((p) => p.name).join(', ') || 'none'}).`,
        'set rust.package in wasmpack.json to one of the members listed',
      );
    }
    return found;
  }
  const rootManifest = resolve(dir, 'Cargo.toml');
  return packages.find((p) => p.manifest_path && resolve(p.manifest_path) === rootManifest) ?? (packages.length === 1 ? packages[0] : undefined);
}

/** Cargo.toml fields -> org.opencontainers.image.* values. */
export function metadataOf(pkg: CargoPackage | undefined, name: string): ProjectMetadata {
  const metadata: ProjectMetadata = { title: pkg?.name ?? name };
  if (pkg?.version) metadata.version = pkg.version;
  if (pkg?.license) metadata.licenses = pkg.license;
  if (pkg?.description) metadata.description = pkg.description.trim();
  if (pkg?.authors && pkg.authors.length > 0) metadata.authors = pkg.authors.join(', ');
  // image.url is "more information"; homepage first, the repository when that is all there is.
  const url = pkg?.homepage ?? pkg?.repository;
  if (url) metadata.url = url;
  return metadata;
}

async function buildFailure(stderr: string, code: number, toolchain: RustToolchain, files: FileProbe): Promise<WasmpackError> {
  const text = tail(stderr.trim(), 60);
  if (isNetworkFailure(stderr)) {
    return new WasmpackError(
      'CARGO_FETCH_FAILED',
      `cargo could not download the project's dependencies (exited with ${code}):\n${text}`,
      offlineRegistryHint(await files.isDirectory(DEBIAN_CARGO_REGISTRY)),
    );
  }
  const old = oldCargoHint(stderr);
  // The manifest itself was readable (cargo metadata passed), so this is the lock file.
  if (old) return new WasmpackError('CARGO_LOCKFILE_UNSUPPORTED', `${toolchain.version}'s cargo could not read the project (exited with ${code}):\n${text}`, old);
  return new WasmpackError(
    'RUST_COMPILE_FAILED',
    `cargo build failed with ${toolchain.description} (exited with ${code}):\n${text}`,
    `fix the error above; \`RUSTC=${toolchain.rustc} ${toolchain.cargo} build --target ${toolchain.target}\` shows the same output`,
  );
}


