/**
 * The archive sources' tar index: offsets of regular files found from headers alone, with long
 * names (PAX and ustar prefix, as tar-stream writes them) and a file that is not a tar refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import { TarIndex } from '../../../src/targets/archive/tar-index.js';
import { collect } from '../../../src/streams.js';

test('regular files are indexed with their offsets; long names, directories and links are handled', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-tar-index-'));
  try {
    const file = join(dir, 'a.tar');
    const pack = tar.pack();
    const longName = `blobs/${'d'.repeat(90)}/${'e'.repeat(120)}.json`;
    const files: Array<[string, Buffer]> = [
      ['index.json', Buffer.from('{"manifests":[]}')],
      [longName, Buffer.from('x'.repeat(1500))],
      ['./empty', Buffer.alloc(0)],
    ];
    pack.entry({ name: 'blobs', type: 'directory' });
    for (const [name, bytes] of files) pack.entry({ name }, bytes);
    pack.entry({ name: 'link', type: 'symlink', linkname: 'index.json' });
    pack.finalize();
    await pipeline(pack, createWriteStream(file));

    const index = await TarIndex.read(file, 'a test archive');
    for (const [name, bytes] of files) {
      const key = name.replace(/^\.\//, '');
      assert.ok(index.has(key), key);
      assert.ok((await collect(index.open(key))).equals(bytes), key);
      assert.ok((await index.read(key, 4096)).equals(bytes), key);
    }
    assert.equal(index.has('link'), false);
    assert.equal(index.has('blobs'), false);
    await assert.rejects(index.read(longName, 10), { code: 'PULL_TOO_BIG' });

    const notTar = join(dir, 'b.tar');
    await writeFile(notTar, Buffer.alloc(1024, 7));
    await assert.rejects(TarIndex.read(notTar, 'a test archive'), { code: 'NO_LAYOUT' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
