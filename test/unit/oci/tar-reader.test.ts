import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { gzipSync, zstdCompressSync } from 'node:zlib';
import tar from 'tar-stream';
import { applyLayers, readTar, safeEntryPath, unpackLayer } from '../../../src/oci/tar-reader.js';
import { MediaType } from '../../../src/oci/media-types.js';
import type { WasmpackError } from '../../../src/errors.js';

type Entry = Partial<tar.Header> & { name: string; body?: string };

/** A tar written by tar-stream (an independent writer) with exactly the given headers. */
async function tarOf(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: unknown) => chunks.push(c as Buffer));
  const done = new Promise<void>((resolve) => pack.on('end', () => resolve()));
  for (const { body, ...header } of entries) {
    await new Promise<void>((resolve, reject) => pack.entry({ type: 'file', ...header }, body ?? '', (err) => (err ? reject(err) : resolve())));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const sha = (b: Buffer) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

test('a gzip layer unpacks to its files, with the diff_id of the uncompressed tar', async () => {
  const plain = await tarOf([{ name: 'app.wasm', body: 'wasm', mode: 0o755 }, { name: 'etc/', type: 'directory' }, { name: './etc//conf.txt', body: 'x=1' }]);
  const layer = await unpackLayer(gzipSync(plain), MediaType.ociLayerGzip, 'layer');
  assert.equal(layer.diffId, sha(plain));
  assert.deepEqual(layer.files.map((f) => [f.path, f.bytes.toString(), f.mode]), [['app.wasm', 'wasm', 0o755], ['etc/conf.txt', 'x=1', 0o644]]);
  assert.deepEqual(layer.directories, ['etc']);
  const same = await unpackLayer(plain, MediaType.ociLayerTar, 'layer');
  assert.equal(same.diffId, layer.diffId, 'an uncompressed layer is its own diff_id');
});

test('a zstd layer unpacks like the others', async () => {
  const plain = await tarOf([{ name: 'm.wasm', body: 'zz' }]);
  const layer = await unpackLayer(zstdCompressSync(plain), MediaType.ociLayerZstd, 'layer');
  assert.equal(layer.files[0]!.bytes.toString(), 'zz');
  assert.equal(layer.diffId, sha(plain));
});

test('entries that would leave the image root, links, devices and FIFOs are refused with coded errors', async () => {
  const cases: Array<[Entry, string, RegExp]> = [
    [{ name: '../evil.wasm', body: 'x' }, 'LAYER_UNSAFE_PATH', /outside the image root/],
    [{ name: 'a/../../evil', body: 'x' }, 'LAYER_UNSAFE_PATH', /outside the image root/],
    [{ name: '/etc/passwd', body: 'x' }, 'LAYER_UNSAFE_PATH', /absolute path/],
    [{ name: 'link', type: 'symlink', linkname: '/etc/shadow' }, 'LAYER_UNSAFE_ENTRY', /symlink entry "link" -> \/etc\/shadow/],
    [{ name: 'hard', type: 'link', linkname: 'app.wasm' }, 'LAYER_UNSAFE_ENTRY', /link entry/],
    [{ name: 'null', type: 'character-device', devmajor: 1, devminor: 3 }, 'LAYER_UNSAFE_ENTRY', /character-device/],
    [{ name: 'disk', type: 'block-device', devmajor: 8, devminor: 0 }, 'LAYER_UNSAFE_ENTRY', /block-device/],
    [{ name: 'pipe', type: 'fifo' }, 'LAYER_UNSAFE_ENTRY', /fifo/],
  ];
  for (const [entry, code, message] of cases) {
    const bytes = gzipSync(await tarOf([{ name: 'app.wasm', body: 'ok' }, entry]));
    await assert.rejects(unpackLayer(bytes, MediaType.ociLayerGzip, 'layer sha256:ab'), (err: WasmpackError) => {
      assert.equal(err.code, code, `${entry.name}: ${err.message}`);
      assert.match(err.message, message);
      assert.match(err.message, /^layer sha256:ab: /, 'the error names the layer');
      assert.ok(err.hint, 'a hint says what happened');
      return true;
    });
  }
});

test('caps: too many bytes or entries stop the read (a decompression bomb does not fill memory)', async () => {
  const big = gzipSync(await tarOf([{ name: 'zeros', body: '\0'.repeat(100_000) }]));
  assert.ok(big.length < 1000, 'the compressed layer is small');
  await assert.rejects(unpackLayer(big, MediaType.ociLayerGzip, 'layer', { maxBytes: 10_000, maxEntries: 10 }), { code: 'LAYER_TOO_BIG' });
  const many = await tarOf(Array.from({ length: 5 }, (_, i) => ({ name: `f${i}`, body: 'x' })));
  await assert.rejects(unpackLayer(many, MediaType.ociLayerTar, 'layer', { maxBytes: 10_000, maxEntries: 4 }), { code: 'LAYER_TOO_BIG' });
});

test('corrupt input is LAYER_INVALID, an unknown media type LAYER_UNSUPPORTED', async () => {
  const plain = await tarOf([{ name: 'a', body: 'x' }]);
  await assert.rejects(unpackLayer(Buffer.from('not gzip at all'), MediaType.ociLayerGzip, 'layer'), { code: 'LAYER_INVALID' });
  const broken = Buffer.from(plain);
  broken[10] = 0x41; // inside the first header: its checksum no longer matches
  await assert.rejects(unpackLayer(broken, MediaType.ociLayerTar, 'layer'), { code: 'LAYER_INVALID' });
  await assert.rejects(unpackLayer(plain, 'application/octet-stream', 'layer'), { code: 'LAYER_UNSUPPORTED' });
});

test('readTar reads a plain stream; safeEntryPath normalises harmless spellings', async () => {
  const { Readable } = await import('node:stream');
  const { files } = await readTar(Readable.from([await tarOf([{ name: 'x/y', body: '1' }])]), 'archive');
  assert.deepEqual(files.map((f) => f.path), ['x/y']);
  assert.equal(safeEntryPath('./a/./b/', 'w'), 'a/b');
  assert.equal(safeEntryPath('./', 'w'), '');
  assert.equal(safeEntryPath('a..b/c', 'w'), 'a..b/c', 'dots inside a name are fine');
  assert.throws(() => safeEntryPath('a\0b', 'w'), { code: 'LAYER_UNSAFE_PATH' });
});

test('applyLayers: upper layers replace files; whiteouts and opaque directories delete from below', () => {
  const f = (path: string, body = path) => ({ path, mode: 0o644, bytes: Buffer.from(body) });
  const tree = applyLayers([
    { files: [f('app.wasm', 'v1'), f('etc/a'), f('etc/b'), f('data/x'), f('data/sub/y'), f('keep')] },
    { files: [f('app.wasm', 'v2'), f('etc/.wh.a'), f('data/.wh..wh..opq'), f('data/new')] },
  ]);
  assert.deepEqual([...tree.keys()].sort(), ['app.wasm', 'data/new', 'etc/b', 'keep']);
  assert.equal(tree.get('app.wasm')!.bytes.toString(), 'v2');
});
