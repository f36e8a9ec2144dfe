import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { WasmpackError } from '../../errors.js';
import type { Component } from '../inventory.js';
import { cargoPurl } from './purl.js';

// Rust: Cargo.lock is the exact list cargo built from (name, version, source, checksum of the
// .crate, dependencies), written by the build that just ran. No cargo process is needed to read it.
// https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html

const CRATES_IO = 'registry+https://github.com/rust-lang/crates.io-index';

interface LockPackage {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  dependencies?: string[];
}

export interface RustDependencies {
  components: Component[];
  /** The refs the project's own package depends on directly. */
  direct: string[];
  /** Cargo.lock's path, for messages. */
  lockFile: string;
}

/** The Cargo.lock of `dir`'s package: in `dir` or, for a workspace member, in a directory above. */
export async function findCargoLock(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'Cargo.lock');
    if (await readFile(candidate).then(() => true, () => false)) return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/** Every package of the lock file except the project's own (`rootName`), which is the module. */
export function cargoLockComponents(text: string, rootName: string, lockFile = 'Cargo.lock'): Omit<RustDependencies, 'lockFile'> {
  let doc: { package?: LockPackage[] };
  try {
    doc = parseToml(text) as { package?: LockPackage[] };
  } catch (err) {
    throw new WasmpackError('SBOM_CARGO_LOCK', `${lockFile} is not valid TOML: ${(err as Error).message}`, 'run `cargo generate-lockfile`, or build with --sbom none');
  }
  const packages = doc.package ?? [];
  const refOf = (p: LockPackage) => `cargo:${p.name}@${p.version}`;
  // A dependency is "name", "name version" or "name version (source)"; the bare name is unique.
  const resolve = (spec: string): string | undefined => {
    const [name, version] = spec.split(' ');
    const match = packages.find((p) => p.name === name && (version === undefined || p.version === version));
    return match ? refOf(match) : undefined;
  };
  const root = packages.find((p) => p.name === rootName && p.source === undefined);
  const components = packages
    .filter((p) => p !== root)
    .map((p): Component => {
      const git = p.source?.startsWith('git+') ? gitVcsUrl(p.source) : undefined;
      return {
        ref: refOf(p),
        kind: 'library',
        name: p.name,
        version: p.version,
        purl: cargoPurl(p.name, p.version, git ? { vcs_url: git } : p.source && p.source !== CRATES_IO && p.source.startsWith('registry+') ? { repository_url: p.source.slice('registry+'.length) } : undefined),
        ...(p.checksum ? { checksums: [{ algorithm: 'SHA256' as const, value: p.checksum }] } : {}),
        source: p.source === CRATES_IO ? 'https://crates.io/crates/' + p.name : (p.source ?? 'path (a local crate)'),
        dependsOn: (p.dependencies ?? []).map(resolve).filter((r): r is string => r !== undefined),
      };
    });
  const direct = (root?.dependencies ?? []).map(resolve).filter((r): r is string => r !== undefined);
  return { components, direct: root ? direct : components.map((c) => c.ref) };
}

/** "git+https://host/repo?branch=x#commit" -> purl's vcs_url form "git+https://host/repo@commit". */
function gitVcsUrl(source: string): string {
  const [url, commit] = source.split('#');
  return `${url!.replace(/\?.*$/, '')}${commit ? `@${commit}` : ''}`;
}

export async function rustDependencies(dir: string, rootName: string): Promise<RustDependencies | undefined> {
  const lockFile = await findCargoLock(dir);
  if (!lockFile) return undefined;
  return { ...cargoLockComponents(await readFile(lockFile, 'utf8'), rootName, lockFile), lockFile };
}
