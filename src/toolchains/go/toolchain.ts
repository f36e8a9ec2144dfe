import { access, constants, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GoConfig } from '../../config/config.js';
import { WasmpackError } from '../../errors.js';
import { findOnPath, type Runner } from '../../process/exec.js';

/**
 * Go projects (a directory with go.mod) built into a wasip1 command module, either by TinyGo
 * (small output, 10-50x smaller) or by Go itself (GOOS=wasip1 GOARCH=wasm, Go >= 1.21).
 */

/** GOOS=wasip1 first shipped in Go 1.21: https://go.dev/blog/wasi */
export const GO_MIN_VERSION: SemVer = [1, 21, 0];
/**
 * `-target=wasip1` (and GOOS=wasip1) arrived in TinyGo 0.29.0 (its release notes); older TinyGo only knows `-target=wasi`, which newer releases keep as an alias.
 */
export const TINYGO_WASIP1_VERSION: SemVer = [0, 29, 0];

export type SemVer = readonly [number, number, number];

export interface GoToolchain {
  kind: 'go' | 'tinygo';
  /** Path or name of the executable. */
  command: string;
  /** Parsed version; undefined when the version line was not understood (TinyGo only). */
  version?: SemVer;
  /** The raw first line of `<tool> version`, shown to people. */
  versionText: string;
}

/** The file-system questions the driver asks, injectable so unit tests need no Go installed. */
export interface GoHost {
  findOnPath(name: string, env: NodeJS.ProcessEnv): Promise<string | undefined>;
  isExecutable(path: string): Promise<boolean>;
  /** Names in a directory; [] when it does not exist. */
  listDir(path: string): Promise<string[]>;
  readFile(path: string): Promise<string | undefined>;
  exists(path: string): Promise<boolean>;
}

export const realGoHost: GoHost = {
  findOnPath,
  isExecutable: (path) => access(path, constants.X_OK).then(() => true, () => false),
  listDir: (path) => readdir(path).catch(() => []),
  readFile: (path) => readFile(path, 'utf8').catch(() => undefined),
  exists: (path) => access(path).then(() => true, () => false),
};

// ---------------------------------------------------------------------------------------------
// Version parsing

/**
 * `go version` prints "go version go1.23.5 linux/amd64"; pre-releases look like "go1.21rc2",
 * first releases before 1.21 had no patch ("go1.20"), dev builds say "devel go1.24-abcdef ...".
 */
export function parseGoVersion(text: string): SemVer | undefined {
  const m = /\bgo(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** "tinygo version 0.33.0 linux/amd64 (using go version go1.22.5 and LLVM version 18.1.2)" */
export function parseTinyGoVersion(text: string): SemVer | undefined {
  const m = /\btinygo version v?(\d+)\.(\d+)(?:\.(\d+))?/i.exec(text);
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

export function compareVersions(a: SemVer, b: SemVer): number {
  for (let i = 0; i < 3; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export function formatVersion(v: SemVer): string {
  return v.join('.');
}

// ---------------------------------------------------------------------------------------------
// Finding the toolchains

/** TinyGo: $TINYGO (a path) wins over `tinygo` on PATH. */
export async function findTinyGo(env: NodeJS.ProcessEnv, host: GoHost = realGoHost): Promise<string | undefined> {
  if (env.TINYGO) return (await host.isExecutable(env.TINYGO)) ? env.TINYGO : undefined;
  return host.findOnPath('tinygo', env);
}

/**
 * Every `go` worth trying, best first: PATH, $GOROOT/bin, Debian's versioned packages
 * (/usr/lib/go-1.NN/bin, newest first: bookworm's /usr/bin/go is 1.19, too old, while the
 * backports' golang-1.23-go is not on PATH) and the official tarball's /usr/local/go.
 */
export async function goCandidates(env: NodeJS.ProcessEnv, host: GoHost = realGoHost): Promise<string[]> {
  const found: string[] = [];
  const onPath = await host.findOnPath('go', env);
  if (onPath) found.push(onPath);
  if (env.GOROOT) found.push(join(env.GOROOT, 'bin', 'go'));
  const debian = (await host.listDir('/usr/lib'))
    .map((n) => /^go-(\d+)\.(\d+)$/.exec(n))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]) || Number(b[2]) - Number(a[2]))
    .map((m) => `/usr/lib/${m[0]}/bin/go`);
  found.push(...debian, '/usr/local/go/bin/go');
  const unique = [...new Set(found)];
  const usable: string[] = [];
  for (const path of unique) {
    if (path === onPath || (await host.isExecutable(path))) usable.push(path);
  }
  return usable;
}

async function probeVersion(runner: Runner, command: string, env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<string | undefined> {
  try {
    const r = await runner(command, ['version'], { env, signal });
    if (r.code !== 0) return undefined;
    return (r.stdout || r.stderr).trim().split('\n')[0];
  } catch (err) {
    if (err instanceof WasmpackError && err.code === 'INTERRUPTED') throw err;
    return undefined;
  }
}

export interface ToolchainChoice {
  toolchain: GoToolchain;
  /** True when Go was picked only because TinyGo was not found (auto mode). */
  fellBackToGo: boolean;
}

const missingHint =
  'install TinyGo (https://tinygo.org/getting-started/install/) for small modules, or Go >= 1.21 ' +
  '(on Debian 12: enable bookworm-backports and `apt-get install golang-1.23-go`); set TINYGO or GOROOT ' +
  'if they are installed somewhere wasmpack does not look';

/** Picks TinyGo or Go according to go.toolchain ('auto' by default), or says why neither works. */
export async function chooseGoToolchain(
  preference: GoConfig['toolchain'],
  runner: Runner,
  env: NodeJS.ProcessEnv,
  host: GoHost = realGoHost,
  signal?: AbortSignal,
): Promise<ToolchainChoice> {
  const wanted = preference ?? 'auto';
  if (wanted === 'tinygo' || wanted === 'auto') {
    const tinygo = await findTinyGo(env, host);
    const versionText = tinygo ? await probeVersion(runner, tinygo, env, signal) : undefined;
    if (tinygo && versionText !== undefined) {
      return { toolchain: { kind: 'tinygo', command: tinygo, version: parseTinyGoVersion(versionText), versionText }, fellBackToGo: false };
    }
    if (wanted === 'tinygo') {
      throw new WasmpackError(
        'GO_TOOLCHAIN_MISSING',
        tinygo
          ? `TinyGo was requested (go.toolchain "tinygo") but \`${tinygo} version\` failed.`
          : 'TinyGo was requested (go.toolchain "tinygo") but it was not found: TINYGO is not set and `tinygo` is not on PATH.',
        'install TinyGo (https://tinygo.org/getting-started/install/) or set TINYGO to its path; or use --toolchain go (Go >= 1.21)',
      );
    }
  }

  const tooOld: string[] = [];
  for (const candidate of await goCandidates(env, host)) {
    const versionText = await probeVersion(runner, candidate, env, signal);
    if (versionText === undefined) continue;
    const version = parseGoVersion(versionText);
    if (version && compareVersions(version, GO_MIN_VERSION) >= 0) {
      return { toolchain: { kind: 'go', command: candidate, version, versionText }, fellBackToGo: wanted === 'auto' };
    }
    tooOld.push(`${candidate} (${version ? `go${formatVersion(version)}` : versionText})`);
  }
  if (tooOld.length > 0) {
    throw new WasmpackError(
      'GO_TOO_OLD',
      `Go ${GO_MIN_VERSION[0]}.${GO_MIN_VERSION[1]} or newer is needed for GOOS=wasip1, but only found ${tooOld.join(', ')}` +
        (wanted === 'auto' ? ', and TinyGo was not found.' : '.'),
      missingHint,
    );
  }
  throw new WasmpackError(
    'GO_TOOLCHAIN_MISSING',
    wanted === 'go'
      ? 'Go was requested (go.toolchain "go") but no `go` was found (PATH, GOROOT, /usr/lib/go-1.NN, /usr/local/go); Go >= 1.21 is needed for GOOS=wasip1.'
      : 'No Go toolchain was found: neither TinyGo (TINYGO or `tinygo` on PATH) nor Go >= 1.21 (PATH, GOROOT, /usr/lib/go-1.NN, /usr/local/go).',
    missingHint,
  );
}
