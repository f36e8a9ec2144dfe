import { access, constants, readdir, readFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import type { GoConfig } from '../../config/config.js';
import { WasmpackError } from '../../errors.js';
import type { BuildContext, BuildOutput, LanguageDriver } from '../driver.js';
import { findOnPath, type Runner } from '../../process/exec.js';
import { moduleName } from '../files.js';

/**
 * Go projects (a directory with go.mod) built into a wasip1 command module, either by TinyGo
 * (small output, 10-50x smaller) or by Go itself (GOOS=wasip1 GOARCH=wasm, Go >= 1.21).
 */

/** GOOS=wasip1 first shipped in Go 1.21: https://go.dev/blog/wasi */
export const GO_MIN_VERSION: SemVer = [1, 21, 0];
/**
 * `-target=wasip1` (and GOOS=wasip1) arrived in TinyGo 0.29.0 (tinygo-org/tinygo#3861, closing
 * #3685); older TinyGo only knows `-target=wasi`, which newer releases keep as an alias.
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

// ---------------------------------------------------------------------------------------------
// Command construction (pure, unit-tested)

export interface GoBuildPlan {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** "tinygo 0.33.0 -target=wasip1" / "go1.23.5 GOOS=wasip1" */
  description: string;
}

export interface PlanOptions {
  output: string;
  /** Drop debug info and symbols (config.strip; defaults to release). */
  strip: boolean;
  go: GoConfig;
  env: NodeJS.ProcessEnv;
}

export function tinygoBuildPlan(tc: GoToolchain, o: PlanOptions, goForTinyGo?: string): GoBuildPlan {
  const target = tc.version && compareVersions(tc.version, TINYGO_WASIP1_VERSION) < 0 ? 'wasi' : 'wasip1';
  // No -opt flag: TinyGo already optimises for size by default (-opt=z).
  const args = ['build', `-target=${target}`, '-o', o.output];
  if (o.strip) args.push('-no-debug');
  if (o.go.tags?.length) args.push(`-tags=${o.go.tags.join(' ')}`);
  if (o.go.ldflags) args.push(`-ldflags=${o.go.ldflags}`);
  args.push(o.go.package ?? '.');
  const env: NodeJS.ProcessEnv = { ...o.env };
  // TinyGo compiles Go's standard library from a real Go install, which it finds as `go` on PATH;
  // Debian's backports Go lives off PATH, so lend it ours.
  if (goForTinyGo) env.PATH = [dirname(goForTinyGo), env.PATH].filter(Boolean).join(delimiter);
  const version = tc.version ? formatVersion(tc.version) : tc.versionText;
  return { command: tc.command, args, env, description: `tinygo ${version} -target=${target}` };
}

export function goBuildPlan(tc: GoToolchain, o: PlanOptions): GoBuildPlan {
  // -trimpath and -buildvcs=false keep the module free of build paths and commit stamps, so the
  // same sources give the same bytes (the image carries the revision in its annotations instead).
  const args = ['build', '-o', o.output, '-trimpath', '-buildvcs=false'];
  const ldflags = [o.strip ? '-s -w' : '', o.go.ldflags ?? ''].filter(Boolean).join(' ');
  if (ldflags) args.push(`-ldflags=${ldflags}`);
  if (o.go.tags?.length) args.push(`-tags=${o.go.tags.join(',')}`);
  args.push(o.go.package ?? '.');
  const env: NodeJS.ProcessEnv = {
    ...o.env,
    GOOS: 'wasip1',
    GOARCH: 'wasm',
    CGO_ENABLED: '0',
    // Never download a newer toolchain behind the user's back; an explicit choice is respected.
    GOTOOLCHAIN: o.env.GOTOOLCHAIN || 'local',
  };
  const version = tc.version ? `go${formatVersion(tc.version)}` : tc.versionText;
  return { command: tc.command, args, env, description: `${version} GOOS=wasip1 GOARCH=wasm` };
}

// ---------------------------------------------------------------------------------------------
// go.mod and names

/** The module path of a go.mod (`module example.com/hello`), quotes and comments allowed. */
export function parseGoModulePath(goMod: string): string | undefined {
  for (const raw of goMod.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    const m = /^module\s+(?:"([^"]+)"|`([^`]+)`|(\S+))$/.exec(line);
    if (m) return m[1] ?? m[2] ?? m[3];
  }
  return undefined;
}

/** "example.com/hello" -> "hello"; "github.com/acme/tool/v2" -> "tool" (skip the major-version suffix). */
export function moduleTitle(modulePath: string): string {
  const parts = modulePath.split('/').filter(Boolean);
  let last = parts.pop() ?? modulePath;
  if (/^v\d+$/.test(last) && parts.length > 0) last = parts.pop()!;
  return last;
}

const NETWORK_ERROR = /dial tcp|proxy\.golang\.org|no such host|i\/o timeout|GOPROXY=off|module lookup disabled|cannot find module providing|missing go\.sum entry/;

function buildFailureHint(stderr: string, tc: GoToolchain): string {
  if (NETWORK_ERROR.test(stderr)) {
    return 'a dependency could not be downloaded: check GOPROXY (and GOFLAGS), or vendor dependencies with `go mod vendor` and build with GOFLAGS=-mod=vendor';
  }
  if (/requires go >= |GOTOOLCHAIN=local/.test(stderr)) {
    return 'go.mod asks for a newer Go than the one used: install it, or lower the `go` line in go.mod';
  }
  return tc.kind === 'go'
    ? 'the Go compiler rejected the project; note that GOOS=wasip1 has no cgo, and packages such as net/http servers do not work on wasip1'
    : 'TinyGo rejected the project; see https://tinygo.org/docs/reference/lang-support/stdlib/ for the packages TinyGo supports, or use --toolchain go';
}

// ---------------------------------------------------------------------------------------------
// The driver

export function createGoDriver(host: GoHost = realGoHost): LanguageDriver {
  return {
    language: 'go',
    async build(ctx: BuildContext): Promise<BuildOutput> {
      const goModText = await host.readFile(join(ctx.dir, 'go.mod'));
      if (goModText === undefined) {
        throw new WasmpackError('GO_MOD_NOT_FOUND', `${ctx.dir} has no go.mod, so it is not a Go module.`, 'run `go mod init example.com/<name>` in the project directory');
      }
      const modulePath = parseGoModulePath(goModText);
      const title = modulePath ? moduleTitle(modulePath) : undefined;
      const name = moduleName(ctx.config.name ?? title ?? dirnameOf(ctx.dir));

      const goConfig = ctx.config.go ?? {};
      const { toolchain, fellBackToGo } = await chooseGoToolchain(goConfig.toolchain, ctx.runner, ctx.env, host, ctx.signal);
      if (fellBackToGo) {
        ctx.reporter.info('TinyGo was not found, so Go builds this module; TinyGo output is typically 10-50x smaller (install TinyGo, or set go.toolchain to "go" to silence this)');
      }

      const output = join(ctx.workDir, `${name}.wasm`);
      const options: PlanOptions = { output, strip: ctx.config.strip ?? ctx.release, go: goConfig, env: ctx.env };
      let plan: GoBuildPlan;
      if (toolchain.kind === 'tinygo') {
        const onPath = await host.findOnPath('go', ctx.env);
        const lend = onPath ? undefined : (await goCandidates(ctx.env, host))[0];
        plan = tinygoBuildPlan(toolchain, options, lend);
      } else {
        plan = goBuildPlan(toolchain, options);
      }

      ctx.reporter.step(`compiling ${name} with ${plan.description}`);
      const result = await ctx.runner(plan.command, plan.args, { cwd: ctx.dir, env: plan.env, signal: ctx.signal });
      if (result.code !== 0) {
        const text = (result.stderr || result.stdout).trim();
        throw new WasmpackError(
          'GO_BUILD_FAILED',
          `building ${name} with ${plan.description} failed (${plan.command} exited with ${result.code})${text ? `:\n${lastLines(text, 40)}` : ''}`,
          buildFailureHint(text, toolchain),
        );
      }
      if (!(await host.exists(output))) {
        throw new WasmpackError('GO_BUILD_FAILED', `${plan.command} exited successfully but wrote no module at ${output}.`, 'check go.package names a main package');
      }
      ctx.reporter.succeed(`compiled ${name}.wasm`);
      return { module: output, name, metadata: title ? { title } : {}, toolchain: plan.description };
    },
  };
}

export const goDriver: LanguageDriver = createGoDriver();

function dirnameOf(dir: string): string {
  return dir.split(/[\\/]/).filter(Boolean).pop() ?? 'app';
}

function lastLines(text: string, n: number): string {
  const lines = text.split('\n');
  return lines.length > n ? ['...', ...lines.slice(-n)].join('\n') : text;
}
