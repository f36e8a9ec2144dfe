import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  chooseGoToolchain,
  createGoDriver,
  goBuildPlan,
  moduleTitle,
  parseGoModulePath,
  parseGoVersion,
  parseTinyGoVersion,
  tinygoBuildPlan,
  type GoHost,
  type GoToolchain,
  type PlanOptions,
} from '../../../src/toolchains/go/driver.js';
import type { RunOptions, RunResult, Runner } from '../../../src/process/exec.js';
import type { BuildContext } from '../../../src/toolchains/driver.js';
import type { Reporter } from '../../../src/report/reporter.js';
import { WasmpackError } from '../../../src/errors.js';

/**
 * runnerDouble: a test double for the Runner. It answers `<command> <args...>` from a table
 * (exact command line -> result, or a function), records every call, and answers anything not in
 * the table like a missing tool (code 127), so a test sees exactly what the driver ran.
 */
function runnerDouble(table: Record<string, Partial<RunResult> | ((args: readonly string[], o?: RunOptions) => Partial<RunResult>)>) {
  const calls: Array<{ command: string; args: readonly string[]; options?: RunOptions }> = [];
  const runner: Runner = async (command, args, options) => {
    calls.push({ command, args, options });
    const entry = table[[command, ...args].join(' ')] ?? table[command];
    if (!entry) return { code: 127, stdout: '', stderr: `${command}: not in runnerDouble table` };
    const r = typeof entry === 'function' ? entry(args, options) : entry;
    return { code: r.code ?? 0, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };
  return { runner, calls };
}

/**
 * fakeGoHost: a double for the driver's file-system questions. `path` maps names to what PATH
 * lookup finds, `executables` lists existing tool paths, `dirs` the entries of a directory,
 * `files` file contents (existence included).
 */
function fakeGoHost(o: { path?: Record<string, string>; executables?: string[]; dirs?: Record<string, string[]>; files?: Record<string, string> }): GoHost & { files: Record<string, string> } {
  const files = { ...(o.files ?? {}) };
  return {
    files,
    findOnPath: async (name) => o.path?.[name],
    isExecutable: async (p) => (o.executables ?? []).includes(p),
    listDir: async (p) => o.dirs?.[p] ?? [],
    readFile: async (p) => files[p],
    exists: async (p) => p in files,
  };
}

/** recordingReporter: a Reporter double that keeps every message. */
function recordingReporter(): Reporter & { infos: string[] } {
  const infos: string[] = [];
  return { infos, step() {}, succeed() {}, info: (t) => void infos.push(t), warn() {}, progress() {}, stop() {} };
}

const TINYGO_033 = 'tinygo version 0.33.0 linux/amd64 (using go version go1.22.5 and LLVM version 18.1.2)';

test('parseGoVersion reads the version go prints', () => {
  const table: Array<[string, readonly [number, number, number] | undefined]> = [
    ['go version go1.23.5 linux/amd64', [1, 23, 5]],
    ['go version go1.21.0 darwin/arm64', [1, 21, 0]],
    ['go version go1.20 linux/amd64', [1, 20, 0]],
    ['go version go1.19.8 linux/amd64', [1, 19, 8]],
    ['go version go1.21rc2 linux/amd64', [1, 21, 0]],
    ['go version go1.22.0 X:boringcrypto linux/amd64', [1, 22, 0]],
    ['go version devel go1.24-7e8f6c1 Tue Jun 4 2024 linux/amd64', [1, 24, 0]],
    ['something else entirely', undefined],
  ];
  for (const [text, expected] of table) assert.deepEqual(parseGoVersion(text), expected, text);
});

test('parseTinyGoVersion reads the version tinygo prints', () => {
  const table: Array<[string, readonly [number, number, number] | undefined]> = [
    [TINYGO_033, [0, 33, 0]],
    ['tinygo version 0.28.1 darwin/amd64 (using go version go1.20.5 and LLVM version 15.0.0)', [0, 28, 1]],
    ['tinygo version 0.30.0-dev-abc123 linux/amd64 (using go version go1.21.1 and LLVM version 16.0.1)', [0, 30, 0]],
    ['go version go1.23.5 linux/amd64', undefined],
  ];
  for (const [text, expected] of table) assert.deepEqual(parseTinyGoVersion(text), expected, text);
});

test('auto picks TinyGo when it is on PATH', async () => {
  const { runner } = runnerDouble({ '/opt/tinygo/bin/tinygo version': { stdout: TINYGO_033 } });
  const host = fakeGoHost({ path: { tinygo: '/opt/tinygo/bin/tinygo', go: '/usr/bin/go' } });
  const choice = await chooseGoToolchain('auto', runner, {}, host);
  assert.equal(choice.toolchain.kind, 'tinygo');
  assert.deepEqual(choice.toolchain.version, [0, 33, 0]);
  assert.equal(choice.fellBackToGo, false);
});

test('TINYGO names the TinyGo binary', async () => {
  const { runner } = runnerDouble({ '/x/tinygo version': { stdout: TINYGO_033 } });
  const host = fakeGoHost({ executables: ['/x/tinygo'] });
  const choice = await chooseGoToolchain(undefined, runner, { TINYGO: '/x/tinygo' }, host);
  assert.equal(choice.toolchain.command, '/x/tinygo');
});

test('auto falls back to Go >= 1.21 and skips an older go on PATH for the newest Debian backports Go', async () => {
  const { runner, calls } = runnerDouble({
    '/usr/bin/go version': { stdout: 'go version go1.19.8 linux/amd64' },
    '/usr/lib/go-1.23/bin/go version': { stdout: 'go version go1.23.5 linux/amd64' },
    '/usr/lib/go-1.21/bin/go version': { stdout: 'go version go1.21.13 linux/amd64' },
  });
  const host = fakeGoHost({
    path: { go: '/usr/bin/go' },
    dirs: { '/usr/lib': ['go-1.21', 'gcc', 'go-1.23', 'go-1.9'] },
    executables: ['/usr/lib/go-1.21/bin/go', '/usr/lib/go-1.23/bin/go'],
  });
  const choice = await chooseGoToolchain('auto', runner, {}, host);
  assert.equal(choice.toolchain.kind, 'go');
  assert.equal(choice.toolchain.command, '/usr/lib/go-1.23/bin/go');
  assert.deepEqual(choice.toolchain.version, [1, 23, 5]);
  assert.equal(choice.fellBackToGo, true);
  // PATH first, then newest Debian Go; 1.21 never needed asking.
  assert.deepEqual(calls.map((c) => c.command), ['/usr/bin/go', '/usr/lib/go-1.23/bin/go']);
});

test('GOROOT/bin/go is a candidate', async () => {
  const { runner } = runnerDouble({ '/opt/go/bin/go version': { stdout: 'go version go1.22.1 linux/arm64' } });
  const host = fakeGoHost({ executables: ['/opt/go/bin/go'] });
  const choice = await chooseGoToolchain('go', runner, { GOROOT: '/opt/go' }, host);
  assert.equal(choice.toolchain.command, '/opt/go/bin/go');
  assert.equal(choice.fellBackToGo, false);
});

test('toolchain "go" uses Go even when TinyGo is present', async () => {
  const { runner } = runnerDouble({ '/usr/bin/go version': { stdout: 'go version go1.21.0 linux/amd64' }, '/t/tinygo version': { stdout: TINYGO_033 } });
  const host = fakeGoHost({ path: { go: '/usr/bin/go', tinygo: '/t/tinygo' } });
  const choice = await chooseGoToolchain('go', runner, {}, host);
  assert.equal(choice.toolchain.kind, 'go');
});

test('only an old Go: GO_TOO_OLD says which version was found and which is needed', async () => {
  const { runner } = runnerDouble({ '/usr/bin/go version': { stdout: 'go version go1.19.8 linux/amd64' } });
  const host = fakeGoHost({ path: { go: '/usr/bin/go' } });
  await assert.rejects(chooseGoToolchain('auto', runner, {}, host), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.equal(err.code, 'GO_TOO_OLD');
    assert.match(err.message, /go1\.19\.8/);
    assert.match(err.message, /1\.21 or newer/);
    assert.match(err.message, /TinyGo was not found/);
    assert.match(err.hint ?? '', /golang-1\.23-go/);
    return true;
  });
});

test('nothing installed: GO_TOOLCHAIN_MISSING names TinyGo, Go >= 1.21 and the Debian package', async () => {
  const { runner } = runnerDouble({});
  await assert.rejects(chooseGoToolchain('auto', runner, {}, fakeGoHost({})), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.equal(err.code, 'GO_TOOLCHAIN_MISSING');
    assert.match(err.message, /TinyGo/);
    assert.match(err.message, /Go >= 1\.21/);
    assert.match(err.hint ?? '', /tinygo\.org/);
    assert.match(err.hint ?? '', /golang-1\.23-go/);
    return true;
  });
});

test('toolchain "tinygo" without TinyGo fails even when Go is there', async () => {
  const { runner } = runnerDouble({ '/usr/bin/go version': { stdout: 'go version go1.23.5 linux/amd64' } });
  const host = fakeGoHost({ path: { go: '/usr/bin/go' } });
  await assert.rejects(chooseGoToolchain('tinygo', runner, {}, host), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.equal(err.code, 'GO_TOOLCHAIN_MISSING');
    assert.match(err.message, /TinyGo was requested/);
    assert.match(err.hint ?? '', /--toolchain go/);
    return true;
  });
});

const tinygo033: GoToolchain = { kind: 'tinygo', command: 'tinygo', version: [0, 33, 0], versionText: TINYGO_033 };
const go123: GoToolchain = { kind: 'go', command: '/usr/lib/go-1.23/bin/go', version: [1, 23, 5], versionText: 'go version go1.23.5 linux/amd64' };
const plan = (o: Partial<PlanOptions>): PlanOptions => ({ output: '/w/app.wasm', strip: false, go: {}, env: { PATH: '/usr/bin', HOME: '/h' }, ...o });

test('TinyGo >= 0.29 builds with -target=wasip1, release drops debug info', () => {
  const p = tinygoBuildPlan(tinygo033, plan({ strip: true }));
  assert.deepEqual(p.args, ['build', '-target=wasip1', '-o', '/w/app.wasm', '-no-debug', '.']);
  assert.equal(p.description, 'tinygo 0.33.0 -target=wasip1');
});

test('TinyGo before 0.29 falls back to -target=wasi', () => {
  const p = tinygoBuildPlan({ ...tinygo033, version: [0, 28, 1] }, plan({}));
  assert.deepEqual(p.args, ['build', '-target=wasi', '-o', '/w/app.wasm', '.']);
});

test('TinyGo passes tags, ldflags and package, and lends an off-PATH Go', () => {
  const p = tinygoBuildPlan(tinygo033, plan({ go: { tags: ['a', 'b'], ldflags: '-X main.v=1', package: './cmd/app' } }), '/usr/lib/go-1.23/bin/go');
  assert.deepEqual(p.args, ['build', '-target=wasip1', '-o', '/w/app.wasm', '-tags=a b', '-ldflags=-X main.v=1', './cmd/app']);
  assert.equal(p.env.PATH, '/usr/lib/go-1.23/bin:/usr/bin');
});

test('Go builds with GOOS=wasip1 GOARCH=wasm GOTOOLCHAIN=local, -trimpath, and strips in release', () => {
  const p = goBuildPlan(go123, plan({ strip: true, go: { ldflags: '-X main.v=1', tags: ['netgo', 'x'] } }));
  assert.equal(p.command, '/usr/lib/go-1.23/bin/go');
  assert.deepEqual(p.args, ['build', '-o', '/w/app.wasm', '-trimpath', '-buildvcs=false', '-ldflags=-s -w -X main.v=1', '-tags=netgo,x', '.']);
  assert.equal(p.env.GOOS, 'wasip1');
  assert.equal(p.env.GOARCH, 'wasm');
  assert.equal(p.env.GOTOOLCHAIN, 'local');
  assert.equal(p.env.CGO_ENABLED, '0');
  assert.equal(p.env.HOME, '/h', 'the user environment (GOPROXY, GOFLAGS, HOME) is kept');
  assert.equal(p.description, 'go1.23.5 GOOS=wasip1 GOARCH=wasm');
});

test('Go debug build has no ldflags; an explicit GOTOOLCHAIN is respected', () => {
  const p = goBuildPlan(go123, plan({ env: { GOTOOLCHAIN: 'go1.23.5' } }));
  assert.deepEqual(p.args, ['build', '-o', '/w/app.wasm', '-trimpath', '-buildvcs=false', '.']);
  assert.equal(p.env.GOTOOLCHAIN, 'go1.23.5');
});

test('go.mod module path and the title derived from it', () => {
  assert.equal(parseGoModulePath('// comment\nmodule example.com/hello // trailing\n\ngo 1.21\n'), 'example.com/hello');
  assert.equal(parseGoModulePath('module "example.com/quoted"\n'), 'example.com/quoted');
  assert.equal(parseGoModulePath('go 1.21\n'), undefined);
  assert.equal(moduleTitle('example.com/hello'), 'hello');
  assert.equal(moduleTitle('github.com/acme/tool/v2'), 'tool');
  assert.equal(moduleTitle('hello'), 'hello');
});

function context(o: { host: GoHost; runner: Runner; reporter?: Reporter; config?: BuildContext['config']; release?: boolean }): BuildContext {
  return {
    dir: '/p/hello',
    config: o.config ?? {},
    runner: o.runner,
    env: { PATH: '/usr/bin' },
    reporter: o.reporter ?? recordingReporter(),
    release: o.release ?? true,
    workDir: '/w',
  };
}

test('driver: Go chosen by default says TinyGo output is much smaller, runs go build in the project', async () => {
  const host = fakeGoHost({ path: { go: '/usr/bin/go' }, files: { '/p/hello/go.mod': 'module example.com/Hello_World\n\ngo 1.21\n' } });
  const { runner, calls } = runnerDouble({
    '/usr/bin/go version': { stdout: 'go version go1.23.5 linux/amd64' },
    '/usr/bin/go': (_args, o) => {
      host.files['/w/hello_world.wasm'] = '\0asm';
      assert.equal(o?.cwd, '/p/hello');
      return {};
    },
  });
  const reporter = recordingReporter();
  const out = await createGoDriver(host).build(context({ host, runner, reporter }));
  assert.equal(out.name, 'hello_world');
  assert.equal(out.module, '/w/hello_world.wasm');
  assert.deepEqual(out.metadata, { title: 'Hello_World' });
  assert.equal(out.toolchain, 'go1.23.5 GOOS=wasip1 GOARCH=wasm');
  assert.equal(reporter.infos.length, 2);
  assert.match(reporter.infos[0]!, /10-50x smaller/);
  assert.match(reporter.infos[1]!, /crun's WAMR handler gives the interpreter an 8 KiB wasm stack.*--aot/);
  assert.deepEqual(calls[1]!.args, ['build', '-o', '/w/hello_world.wasm', '-trimpath', '-buildvcs=false', '-ldflags=-s -w', '.']);
});

test('driver: config.name wins, and an explicit toolchain "go" gives no TinyGo advice', async () => {
  const host = fakeGoHost({ path: { go: '/usr/bin/go' }, files: { '/p/hello/go.mod': 'module example.com/hello\n' } });
  const { runner } = runnerDouble({
    '/usr/bin/go version': { stdout: 'go version go1.23.5 linux/amd64' },
    '/usr/bin/go': () => ((host.files['/w/svc.wasm'] = ''), {}),
  });
  const reporter = recordingReporter();
  const out = await createGoDriver(host).build(context({ host, runner, reporter, config: { name: 'svc', go: { toolchain: 'go' } } }));
  assert.equal(out.name, 'svc');
  assert.equal(reporter.infos.length, 1, 'no TinyGo advice, only the crun-wamr stack note');
  assert.match(reporter.infos[0]!, /8 KiB wasm stack/);
  const aot = recordingReporter();
  await createGoDriver(host).build(context({ host, runner, reporter: aot, config: { name: 'svc', go: { toolchain: 'go' }, aot: { enabled: true } } }));
  assert.deepEqual(aot.infos, [], 'with --aot the module runs on crun-wamr: nothing to say');
});

test('driver: TinyGo build gets Go lent on PATH when only Debian backports Go exists', async () => {
  const host = fakeGoHost({
    path: { tinygo: '/t/tinygo' },
    dirs: { '/usr/lib': ['go-1.23'] },
    executables: ['/usr/lib/go-1.23/bin/go'],
    files: { '/p/hello/go.mod': 'module example.com/hello\n' },
  });
  const { runner, calls } = runnerDouble({
    '/t/tinygo version': { stdout: TINYGO_033 },
    '/t/tinygo': () => ((host.files['/w/hello.wasm'] = ''), {}),
  });
  const out = await createGoDriver(host).build(context({ host, runner, release: false }));
  assert.equal(out.toolchain, 'tinygo 0.33.0 -target=wasip1');
  assert.deepEqual(calls[1]!.args, ['build', '-target=wasip1', '-o', '/w/hello.wasm', '.']);
  assert.equal(calls[1]!.options?.env?.PATH, '/usr/lib/go-1.23/bin:/usr/bin');
});

test('driver: a module download failure hints at GOPROXY and vendoring', async () => {
  const host = fakeGoHost({ path: { go: '/usr/bin/go' }, files: { '/p/hello/go.mod': 'module example.com/hello\n' } });
  const { runner } = runnerDouble({
    '/usr/bin/go version': { stdout: 'go version go1.23.5 linux/amd64' },
    '/usr/bin/go': { code: 1, stderr: 'main.go:4:2: github.com/x/y@v1.0.0: module lookup disabled by GOPROXY=off' },
  });
  await assert.rejects(createGoDriver(host).build(context({ host, runner })), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.equal(err.code, 'GO_BUILD_FAILED');
    assert.match(err.message, /module lookup disabled/);
    assert.match(err.hint ?? '', /GOPROXY/);
    assert.match(err.hint ?? '', /-mod=vendor/);
    return true;
  });
});

test('driver: no go.mod is GO_MOD_NOT_FOUND', async () => {
  const { runner, calls } = runnerDouble({});
  await assert.rejects(createGoDriver(fakeGoHost({})).build(context({ host: fakeGoHost({}), runner })), { code: 'GO_MOD_NOT_FOUND' });
  assert.equal(calls.length, 0);
});

// examples/hello-go shows standard Go (hello-tinygo shows TinyGo): its config pins the toolchain,
// so a machine with TinyGo on PATH still builds it with go (auto would pick TinyGo).
test('examples/hello-go pins standard Go: with TinyGo 0.33 on PATH its config still picks go', async () => {
  const { loadConfig } = await import('../../../src/config/load.js');
  const { packageRoot } = await import('../../../src/package-info.js');
  const { join } = await import('node:path');
  const { config } = await loadConfig(join(packageRoot(), 'examples', 'hello-go'));
  assert.equal(config.go?.toolchain, 'go');
  const { runner, calls } = runnerDouble({ '/usr/bin/go version': { stdout: 'go version go1.23.1 linux/amd64' }, '/opt/tinygo/bin/tinygo version': { stdout: TINYGO_033 } });
  const host = fakeGoHost({ path: { go: '/usr/bin/go', tinygo: '/opt/tinygo/bin/tinygo' } });
  const choice = await chooseGoToolchain(config.go?.toolchain, runner, {}, host);
  assert.equal(choice.toolchain.kind, 'go');
  assert.ok(!calls.some((c) => c.command.includes('tinygo')), 'TinyGo is not even asked');
  // The same machine without the pin picks TinyGo: the pin is what makes the difference.
  assert.equal((await chooseGoToolchain('auto', runner, {}, host)).toolchain.kind, 'tinygo');
});
