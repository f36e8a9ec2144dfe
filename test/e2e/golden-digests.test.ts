// Golden digests, recorded before the build -> publish refactor and the streaming module pass:
// the same inputs must keep building to the same bytes. A change here is a change of every
// user's image digest, so it needs a reason in the commit, never a silent update.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { access, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { copyExample, wasmpack } from '../helpers/cli.js';
import { MINIMAL_COMMAND, leb } from '../helpers/wasm-fixtures.js';
import { tempDir } from '../helpers/temp-dirs.js';

/** Toolchains are Debian's (clang-16, rustc 1.63, Go 1.23): their output is part of the digest. */
const EXAMPLES: Record<string, string> = {
  'hello-c': 'sha256:3e408af7469d2c2da722454c4b49fdd592829ea4bc9988f992264950ecf39a8e',
  'hello-rust': 'sha256:aad949cb7fb0d275af1aa724d06b4370e8f1c3c01ae0693b1d3bfb799745a723',
  'sleep-rust': 'sha256:3054919bc7ecbf70d12fdb91c0c4eb3cd4923357668d6916de28f9fe6e0ffb54',
  'hello-go': 'sha256:b9f9eb81492d3974ddf2d7a5f1c389d6f28367584e2036aae17e778bfbca44f4',
};

/** Prebuilt-module cases: no toolchain, so these digests hold on any machine. */
const PREBUILT: Record<string, { args: string[]; digest: string }> = {
  gzip: { args: [], digest: 'sha256:f1828cbda0c4117905d6b94c3d8b73680355cd906d03f92e116fc171081c1ff2' },
  zstd: { args: ['--compression', 'zstd'], digest: 'sha256:4b4c5bda37c6f266f64256b2fe12afebd2cc037bc780001b4def052646494908' },
  none: { args: ['--compression', 'none'], digest: 'sha256:c2802c994204de6d3e776fc29200c9980a113ad8a89d9da51051679753fd014b' },
  artifact: { args: ['--format', 'artifact'], digest: 'sha256:ba73addb3ee745769458e4f95b65ed38dd38f598350ef29a8430fb012243e39a' },
  'env-cmd-labels': { args: ['--env', 'A=1', '--cmd', 'x', '--label', 'l=v', '--annotation', 'a=b', '-t', 'localhost:5000/app:1.0'], digest: 'sha256:32cd532b27c147adc1af2bc3eb85eb24b0efb9d195c9987f67a835f93ed7c0df' },
};

const LARGE_DIGEST = 'sha256:2b0c3c8b46c6ffa7a87b64d24da1a7c9e9ac04a9c485db892c0627debd8d4faa';

for (const [example, digest] of Object.entries(EXAMPLES)) {
  test(`example ${example} builds to its golden digest`, async () => {
    const dir = await copyExample(example);
    const result = await wasmpack(['build', dir, '--json', '--timestamp', '0']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).digest, digest);
  });
}

/** The first wasm-opt on PATH, or undefined. */
async function wasmOptOnPath(path: string): Promise<string | undefined> {
  for (const dir of path.split(delimiter)) {
    const candidate = join(dir, 'wasm-opt');
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  return undefined;
}

// clang runs any wasm-opt it can find after an -O2 link; the image must not depend on that.
test('hello-c builds to the same digest with binaryen on PATH and without it', async (t) => {
  const withOpt = process.env.PATH ?? '';
  assert.ok(await wasmOptOnPath(withOpt), 'wasm-opt is not on PATH: scripts/setup.sh installs Debian\'s binaryen');
  // Without: a PATH holding only clang-16 and its linker, so neither PATH nor clang's own
  // directory (where it looks first) has a wasm-opt.
  const bare = await mkdtemp(join(tmpdir(), 'wasmpack-no-binaryen-'));
  t.after(() => rm(bare, { recursive: true, force: true }));
  for (const tool of ['clang-16', 'wasm-ld-16']) await symlink(join('/usr/bin', tool), join(bare, tool));
  assert.equal(await wasmOptOnPath(bare), undefined);
  const digests: string[] = [];
  for (const path of [withOpt, bare]) {
    const dir = await copyExample('hello-c');
    t.after(() => rm(join(dir, '..'), { recursive: true, force: true }));
    const result = await wasmpack(['build', dir, '--json', '--timestamp', '0'], { env: { PATH: path } });
    assert.equal(result.code, 0, result.stderr);
    digests.push(JSON.parse(result.stdout).digest);
  }
  assert.deepEqual(digests, [EXAMPLES['hello-c'], EXAMPLES['hello-c']]);
});

for (const [name, { args, digest }] of Object.entries(PREBUILT)) {
  test(`a prebuilt module (${name}) builds to its golden digest`, async () => {
    const dir = await tempDir('wasmpack-golden-');
    await writeFile(join(dir, 'app.wasm'), MINIMAL_COMMAND);
    const result = await wasmpack(['build', dir, '--wasm', join(dir, 'app.wasm'), '--json', '--timestamp', '0', ...args]);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).digest, digest);
  });
}

/**
 * A 64 MiB module: a 63 MiB data-like custom section that is kept and a 1 MiB .debug_info that
 * strip removes, written in chunks so the test itself stays small in memory.
 */
export async function writeLargeModule(path: string): Promise<void> {
  const file = await open(path, 'w');
  try {
    await file.write(MINIMAL_COMMAND);
    await writeCustomSection(file, 'pad', 63 * 1024 * 1024);
    await writeCustomSection(file, '.debug_info', 1024 * 1024);
  } finally {
    await file.close();
  }
}

async function writeCustomSection(file: import('node:fs/promises').FileHandle, name: string, payloadSize: number): Promise<void> {
  const nameBytes = Buffer.from(name);
  const body = leb(nameBytes.length).length + nameBytes.length + payloadSize;
  await file.write(Buffer.concat([Buffer.from([0]), leb(body), leb(nameBytes.length), nameBytes]));
  // A repeating, not constant, pattern so compression has real work to do.
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 31 + (i >> 10)) & 0xff;
  for (let left = payloadSize; left > 0; left -= chunk.length) await file.write(chunk.subarray(0, Math.min(chunk.length, left)));
}


test('a 64 MiB module builds to its golden digest', async () => {
  const dir = await tempDir('wasmpack-golden-large-');
  await writeLargeModule(join(dir, 'big.wasm'));
  const result = await wasmpack(['build', dir, '--wasm', join(dir, 'big.wasm'), '--json', '--timestamp', '0']);
  assert.equal(result.code, 0, result.stderr);
  const doc = JSON.parse(result.stdout);
  assert.equal(doc.module.unstrippedSize - doc.module.size > 1024 * 1024, true, 'the .debug_info section was stripped');
  assert.equal(doc.digest, LARGE_DIGEST);
});
