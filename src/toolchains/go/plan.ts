import { delimiter, dirname } from 'node:path';
import type { GoConfig } from '../../config/config.js';
import { compareVersions, formatVersion, TINYGO_WASIP1_VERSION, type GoToolchain } from './toolchain.js';

// How a Go or TinyGo build is run: pure functions, unit-tested.

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

export function buildFailureHint(stderr: string, tc: GoToolchain): string {
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
