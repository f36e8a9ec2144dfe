/**
 * A 256 MiB blob pushed with --verbose through a proxy that breaks the upload halfway, against
 * the real docker-registry. The proxy buffers request bodies (as nginx does by default), so the
 * registry never sees the broken chunk: wasmpack asks the registry for the offset and resumes, and
 * the proxy sees the blob plus part of one chunk (about 1.0x; restarting the blob would be 1.5x).
 * When the registry does see part of a chunk, distribution drops the session and the blob restarts
 * from POST (about 1.5x): test/integration/registry-faults.test.ts covers that with a small blob.
 */
import { layerFile, scratchSink } from '../../src/targets/files.js';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyAndCommit } from '../../src/targets/copy.js';
import { LayoutTarget } from '../../src/targets/layout.js';
import { buildCompatImage } from '../../src/oci/image.js';
import { DEFAULT_CHUNK_SIZE } from '../../src/targets/registry/client.js';
import { wasmpack } from '../helpers/cli.js';
import { readImage } from '../helpers/inspect-image.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { startRegistry, type RunningRegistry } from '../helpers/registry.js';
import { largeModule } from '../helpers/registry-fixtures.js';

const MiB = 1024 * 1024;
const SIZE = 256 * MiB;

describe('a 256 MiB blob through a proxy that breaks the upload halfway', () => {
  let registry: RunningRegistry;
  let proxy: FaultProxy;
  let dir: string;
  let layerSize: number;
  before(async () => {
    registry = await startRegistry();
    proxy = await startFaultProxy({ upstream: registry.url });
    dir = await mkdtemp(join(tmpdir(), 'wasmpack-large-'));
    // Random bytes (no compression): the layer is as large as the module.
    const modulePath = join(dir, 'big.wasm');
    await writeFile(modulePath, largeModule(SIZE));
    const image = await buildCompatImage({ files: [await layerFile('/big.wasm', modulePath)], entrypoint: '/big.wasm', timestamp: 0, compression: 'none', layerSink: scratchSink(join(dir, 'layer.tar')) });
    await rm(modulePath);
    layerSize = image.layers[0]!.descriptor.size;
    await copyAndCommit(image.manifest, new LayoutTarget(join(dir, 'oci')), { tags: ['big'] });
  });
  after(async () => {
    await proxy?.stop();
    await registry?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  /** Pushes the layout through the proxy with the 9th PATCH (bytes 128-144 MiB) broken after 8 MiB. */
  async function pushBroken(repo: string, kind: 'reset'): Promise<{ ratio: number; stderr: string; digest: string }> {
    proxy.clearRules();
    proxy.requests.length = 0;
    proxy.resetCounters();
    const half = Math.floor(SIZE / 2 / DEFAULT_CHUNK_SIZE);
    proxy.addRule({ method: 'PATCH', skip: half, action: { kind, afterBytes: 8 * MiB } });
    const ref = `${proxy.host}/${repo}:1`;
    const result = await wasmpack(['push', `oci:${join(dir, 'oci')}:big`, ref, '--verbose']);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(proxy.requests.filter((r) => r.fault).length, 1, 'the break happened');
    const digest = result.stdout.trim().split('@')[1]!;
    assert.equal((await readImage(`docker://${registry.host}/${repo}:1`, '--tls-verify=false')).manifestDigest, digest);
    const ratio = proxy.bytesReceived / layerSize;
    process.stdout.write(`# ${kind} halfway through a ${layerSize}-byte blob: the proxy saw ${proxy.bytesReceived} bytes (${ratio.toFixed(3)}x)\n`);
    return { ratio, stderr: result.stderr, digest };
  }

  test('a reset the registry never saw: the upload resumes from the confirmed offset (about 1.0x, not 1.5x)', async () => {
    const { ratio, stderr } = await pushBroken('large/resumed', 'reset');
    // The blob once, plus at most the chunk in flight; a restart from zero would be 1.5x.
    assert.ok(ratio >= 1 && ratio <= 1 + (DEFAULT_CHUNK_SIZE + MiB) / layerSize, `ratio ${ratio}`);
    assert.equal(proxy.requests.filter((r) => r.method === 'POST').length, 2, 'one session per blob: nothing restarted');
    const http = stderr.split('\n').filter((l) => l.startsWith('http: '));
    assert.ok(http.some((l) => new RegExp(`^http: PATCH \\S+ failed \\(\\w+\\) sent ${DEFAULT_CHUNK_SIZE} B \\d+ ms retry 0$`).test(l)), stderr);
    assert.ok(http.some((l) => /^http: GET \S+\/blobs\/uploads\/\S+ 204 .* retry 1$/.test(l)), 'asked where the upload stood');
    assert.ok(http.every((l) => !l.includes('?')), 'no query strings in --verbose');
    const uploadLines = http.filter((l) => / PATCH /.test(l));
    assert.equal(uploadLines.length, Math.ceil(layerSize / DEFAULT_CHUNK_SIZE) + 1);
  });
});
