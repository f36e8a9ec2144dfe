import { join } from 'node:path';
import { WasmpackError } from '../../errors.js';
import type { Reporter } from '../../report/reporter.js';
import { findOnPath, type Runner } from '../../process/exec.js';
import type { FileProbe } from '../files.js';

/**
 * The default search, newest name first: rustc >= 1.78 has wasm32-wasip1, >= 1.84 no longer has
 * wasm32-wasi. wasm32-wasip2 is deliberately absent: it emits a WASI 0.2 component, which crun's
 * handlers and WAMR cannot run, so it is used only when rust.target asks for it.
 */
export const RUST_WASI_TARGETS = ['wasm32-wasip1', 'wasm32-wasi'];

/** The component target (tier 2, with a rustup std, since Rust 1.82): cargo's .wasm is already a component. */
export const RUST_COMPONENT_TARGET = 'wasm32-wasip2';

/** A rustc that is not on PATH first, e.g. Debian's, shadowed by rustup's proxies. */
export interface RustFallback {
  rustc: string;
  cargo: string;
}

/** Debian's packaged toolchain (rustc, cargo, libstd-rust-dev-wasm32). */
export const DEBIAN_RUST: RustFallback = { rustc: '/usr/bin/rustc', cargo: '/usr/bin/cargo' };

export interface RustToolchain {
  /** Absolute rustc, handed to cargo as RUSTC so rustup's proxy cannot switch toolchains. */
  rustc: string;
  cargo: string;
  target: string;
  sysroot: string;
  /** "rustc 1.63.0". */
  version: string;
  /** The environment to run cargo with. */
  env: NodeJS.ProcessEnv;
  /** For people: "rustc 1.63.0 wasm32-wasi (/usr/bin/rustc)". */
  description: string;
}

export interface RustToolchainSearch {
  env: NodeJS.ProcessEnv;
  runner: Runner;
  files: FileProbe;
  /** config.rust.target: the only target accepted when set. */
  target?: string;
  /** Tried after RUSTC and PATH; default [DEBIAN_RUST]. */
  fallbacks?: readonly RustFallback[];
  reporter?: Reporter;
  /** The project directory: rustup's proxy honours its rust-toolchain.toml. */
  cwd?: string;
}

interface Candidate {
  rustc: string;
  /** Cargo paired with this rustc when known (a fallback's, or CARGO). */
  cargo?: string;
  /** Where it came from, for messages: "RUSTC", "PATH (RUSTUP_TOOLCHAIN=nightly)", "/usr/bin/rustc". */
  origin: string;
  /** The user asked for it explicitly; passing it over deserves a warning. */
  explicit: boolean;
  /** RUSTC is used exactly as given (it may be a wrapper); others are pinned to <sysroot>/bin/rustc. */
  keepPath: boolean;
  env: NodeJS.ProcessEnv;
}

interface Probed extends Candidate {
  version: string;
  sysroot: string;
  known: Set<string>;
}

/**
 * Picks a rustc whose installed standard library covers a wasm32 WASI target. Candidates in
 * order: RUSTC, `rustc` on PATH (RUSTUP_TOOLCHAIN applies through rustup's proxy), then the
 * fallbacks (Debian's /usr/bin/rustc, which rustup shadows on PATH). A target counts only if
 * rustc knows it AND its sysroot has lib/rustlib/<target>/lib: rustup lists targets it has not
 * downloaded.
 */
export async function findRustToolchain(search: RustToolchainSearch): Promise<RustToolchain> {
  const { env, runner, files } = search;
  const wanted = search.target ? [search.target] : RUST_WASI_TARGETS;
  const candidates = await rustCandidates(env, search.fallbacks ?? [DEBIAN_RUST]);

  const probed: Probed[] = [];
  const lines: string[] = [];
  /** A rustc that has only the component target: worth naming in the error. */
  let componentOnly: Probed | undefined;
  for (const candidate of candidates) {
    const info = await probe(candidate, runner, search.cwd);
    if (!info || probed.some((p) => p.sysroot === info.sysroot)) continue;
    probed.push(info);
    const installed: string[] = [];
    for (const t of wanted) {
      if (await hasStd(info, t, files)) installed.push(t);
    }
    const target = installed[0];
    if (!target && !search.target && (await hasStd(info, RUST_COMPONENT_TARGET, files))) componentOnly ??= info;
    if (target) {
      return await chosen(info, target, files, env);
    }
    const state = wanted.map((t) => `${t} ${info.known.has(t) ? 'known but not installed' : 'unknown'}`).join(', ');
    lines.push(`${info.version} from ${info.origin} (${info.sysroot}): ${state}`);
    const skipped = `${info.origin} selects ${info.version}, which has no ${wanted.join(' or ')} standard library; trying the next rustc`;
    if (info.explicit) search.reporter?.warn(skipped);
    else search.reporter?.info(skipped);
  }

  if (probed.length === 0) {
    throw new WasmpackError(
      'RUST_TOOLCHAIN_MISSING',
      `No Rust compiler was found (looked at ${candidates.map((c) => c.origin).join(', ') || 'RUSTC, PATH and /usr/bin/rustc'}).`,
      'install Rust with rustup and run `rustup target add wasm32-wasip1`, or on Debian `apt-get install rustc cargo libstd-rust-dev-wasm32 lld-14`',
    );
  }
  throw new WasmpackError(
    'RUST_TARGET_MISSING',
    `No installed Rust toolchain has the ${wanted.join(' or ')} standard library:\n  ${lines.join('\n  ')}`,
    search.target
      ? `install the ${search.target} target (rustup target add ${search.target}${search.target === RUST_COMPONENT_TARGET ? '; it needs Rust 1.82 or newer, so `rustup update stable` first on an older toolchain' : ''}), or remove rust.target from wasmpack.json to let wasmpack pick wasm32-wasip1 or wasm32-wasi`
      : componentOnly
        ? `${componentOnly.version} (${componentOnly.origin}) has only ${RUST_COMPONENT_TARGET}: set "rust": {"target": "${RUST_COMPONENT_TARGET}"} in wasmpack.json to build a WASI 0.2 component from it, or run \`rustup target add wasm32-wasip1\` for a core module`
        : 'run `rustup target add wasm32-wasip1`, or on Debian `apt-get install libstd-rust-dev-wasm32` (Debian\'s rustc is /usr/bin/rustc, with target wasm32-wasi; select it with RUSTUP_TOOLCHAIN=/usr or RUSTC=/usr/bin/rustc)',
  );
}

/** rustc knows the target AND its std is installed (rustup lists targets it has not downloaded). */
async function hasStd(info: Probed, target: string, files: FileProbe): Promise<boolean> {
  return info.known.has(target) && (await files.isDirectory(join(info.sysroot, 'lib', 'rustlib', target, 'lib')));
}

async function rustCandidates(env: NodeJS.ProcessEnv, fallbacks: readonly RustFallback[]): Promise<Candidate[]> {
  // RUSTC is the only candidate when set, as it is for cargo itself: building with another rustc
  // than the one named would surprise. (RUSTUP_TOOLCHAIN is often set globally, so it only warns.)
  if (env.RUSTC) return [{ rustc: env.RUSTC, cargo: env.CARGO, origin: `RUSTC=${env.RUSTC}`, explicit: true, keepPath: true, env }];
  const out: Candidate[] = [];
  const onPath = await findOnPath('rustc', env);
  if (onPath) {
    const via = env.RUSTUP_TOOLCHAIN ? ` (RUSTUP_TOOLCHAIN=${env.RUSTUP_TOOLCHAIN})` : '';
    out.push({ rustc: onPath, cargo: env.CARGO, origin: `${onPath} on PATH${via}`, explicit: Boolean(env.RUSTUP_TOOLCHAIN), keepPath: false, env });
  }
  for (const f of fallbacks) {
    // Not a rustup proxy, so RUSTUP_TOOLCHAIN must not follow it into cargo's children.
    const { RUSTUP_TOOLCHAIN: _ignored, ...rest } = env;
    out.push({ rustc: f.rustc, cargo: f.cargo, origin: f.rustc, explicit: false, keepPath: false, env: rest });
  }
  return out;
}

/** Asks a rustc about itself; undefined when it cannot run at all. */
async function probe(candidate: Candidate, runner: Runner, cwd: string | undefined): Promise<Probed | undefined> {
  try {
    const ask = (args: string[]) => runner(candidate.rustc, args, { env: candidate.env, cwd });
    const [version, sysroot, targets] = await Promise.all([ask(['--version']), ask(['--print', 'sysroot']), ask(['--print', 'target-list'])]);
    if (version.code !== 0 || sysroot.code !== 0 || targets.code !== 0) return undefined;
    return {
      ...candidate,
      version: version.stdout.trim().split(/\s+/).slice(0, 2).join(' '),
      sysroot: sysroot.stdout.trim(),
      known: new Set(targets.stdout.split('\n').map((l) => l.trim()).filter(Boolean)),
    };
  } catch (err) {
    if (err instanceof WasmpackError && err.code === 'TOOL_NOT_FOUND') return undefined;
    throw err;
  }
}

/**
 * Pins the toolchain for cargo: the real rustc inside the sysroot (not rustup's proxy), and the
 * cargo that ships with it when there is one, so a 1.95 cargo never drives a 1.63 rustc.
 */
async function chosen(info: Probed, target: string, files: FileProbe, env: NodeJS.ProcessEnv): Promise<RustToolchain> {
  const inSysroot = join(info.sysroot, 'bin', 'rustc');
  const rustc = info.keepPath ? info.rustc : (await files.exists(inSysroot)) ? inSysroot : info.rustc;
  const sysrootCargo = join(info.sysroot, 'bin', 'cargo');
  const cargo = info.cargo ?? ((await files.exists(sysrootCargo)) ? sysrootCargo : ((await findOnPath('cargo', env)) ?? 'cargo'));
  return {
    rustc,
    cargo,
    target,
    sysroot: info.sysroot,
    version: info.version,
    // crates.io is often unreachable (CI sandboxes, this machine): fail at once instead of
    // retrying for ~12 s, and explain the offline options in the error.
    env: { ...info.env, RUSTC: rustc, CARGO_NET_RETRY: '0' },
    description: `${info.version} ${target} (${rustc})`,
  };
}

/** One binary cargo built, from a `compiler-artifact` message. */
export interface CargoBinary {
  /** The bin target's name (usually the package name). */
  name: string;
  packageId: string;
  /** Absolute path of the .wasm. */
  executable: string;
}

/**
 * Reads `cargo build --message-format=json-render-diagnostics` stdout: one JSON object per line.
 * Keeps the wasm binaries (target.kind has "bin", executable ends in .wasm).
 * https://doc.rust-lang.org/cargo/reference/external-tools.html#artifact-messages
 */
export function parseCargoMessages(stdout: string): CargoBinary[] {
  const binaries: CargoBinary[] = [];
  for (const line of stdout.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('{')) continue;
    let message: unknown;
    try {
      message = JSON.parse(trimmed);
    } catch {
      continue; // a build script may print anything
    }
    const m = message as { reason?: string; package_id?: string; executable?: string | null; target?: { name?: string; kind?: string[] } };
    if (m.reason !== 'compiler-artifact' || !m.executable || !m.executable.endsWith('.wasm')) continue;
    if (!m.target?.kind?.includes('bin')) continue;
    binaries.push({ name: m.target.name ?? '', packageId: m.package_id ?? '', executable: m.executable });
  }
  return binaries;
}

/** The one binary to package: the requested --bin, or the only one built. */
export function pickBinary(binaries: readonly CargoBinary[], bin?: string): CargoBinary {
  const candidates = bin ? binaries.filter((b) => b.name === bin) : binaries;
  if (candidates.length === 1) return candidates[0]!;
  const names = [...new Set(binaries.map((b) => b.name))].sort();
  if (candidates.length === 0) {
    throw new WasmpackError(
      'RUST_NO_BINARY',
      bin ? `cargo built no binary named ${bin} (it built: ${names.join(', ') || 'none'}).` : 'cargo built no wasm binary: the package has no [[bin]] target (a library cannot be a command module).',
      bin ? 'set rust.bin in wasmpack.json to one of the binaries listed' : 'add src/main.rs or a [[bin]] section to Cargo.toml, or select the workspace member with rust.package',
    );
  }
  throw new WasmpackError(
    'RUST_SEVERAL_BINARIES',
    `cargo built several binaries: ${names.join(', ')}; an image holds one module.`,
    'choose one with rust.bin in wasmpack.json (and rust.package in a workspace)',
  );
}

/** Offline help, shared by the fetch error. Honest about what exists on this machine. */
export function offlineRegistryHint(debianRegistryExists: boolean): string {
  const config =
    '[source.crates-io] replace-with = "debian-packages"; [source.debian-packages] directory = "/usr/share/cargo/registry"; [net] offline = true';
  return debianRegistryExists
    ? `crates.io is unreachable. Debian's packaged crates are installed in /usr/share/cargo/registry; to build from them, add to .cargo/config.toml: ${config} (only crates packaged as librust-<name>-dev are there), or vendor the dependencies with \`cargo vendor\` on a connected machine`
    : `crates.io is unreachable. Vendor the dependencies with \`cargo vendor\` on a connected machine, or on Debian install the crates as librust-<name>-dev packages and add to .cargo/config.toml: ${config}`;
}

/** Known messages of an old cargo (Debian's 1.65) reading a newer project. */
export function oldCargoHint(stderr: string): string | undefined {
  if (/lock file version `?4`? was found/i.test(stderr)) {
    return 'this cargo is older than Cargo.lock version 4 (cargo < 1.78): delete Cargo.lock to let it write version 3, or change "version = 4" to "version = 3" at its top, or use a newer toolchain';
  }
  if (/older than the `2024` edition|feature `edition2024` is required/i.test(stderr)) {
    return 'this cargo does not know edition 2024 (cargo < 1.85): set edition = "2021" in Cargo.toml, or use a newer toolchain (rustup, with `rustup target add wasm32-wasip1`)';
  }
  return undefined;
}

/** cargo's words for "could not reach the registry". */
export function isNetworkFailure(stderr: string): boolean {
  return /network failure|failed to resolve address|Couldn't resolve host|failed to download|Unable to update registry|failed to fetch `https?:|spurious network error|failed to query replaced source registry/i.test(stderr);
}
