/**
 * Shared pieces of the registry tests: a small image built with the real image builder, a
 * credential store double, and skopeo as the independent reader of what was pushed.
 */
import { layerFile, scratchSink } from '../../src/targets/files.js';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Credential, CredentialStore } from '../../src/auth/credentials.js';
import { buildCompatImage, type BuiltImage } from '../../src/oci/image.js';
import type { RetryEnvironment } from '../../src/targets/registry/retries.js';

const run = promisify(execFile);

/** The 8-byte wasm header: an empty but valid module, enough for a registry. */
export const EMPTY_WASM_MODULE = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

/**
 * Test double for the credential stores (the real ones live in src/auth): answers one host with
 * a fixed credential and records the lookups.
 */
export function staticCredentialsDouble(entries: Record<string, Credential> = {}): CredentialStore & { lookups: string[] } {
  const lookups: string[] = [];
  return {
    lookups,
    async get(host: string) {
      lookups.push(host);
      const credential = entries[host];
      return credential ? { credential, source: 'staticCredentialsDouble' } : undefined;
    },
    searched: () => ['staticCredentialsDouble'],
  };
}

/** A compat image over a module of `moduleBytes` (default: the empty module), in a temp dir. */
export async function smallImage(moduleBytes: Buffer = EMPTY_WASM_MODULE, timestamp = 0): Promise<BuiltImage & { dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-image-'));
  const modulePath = join(dir, 'app.wasm');
  await writeFile(modulePath, moduleBytes);
  const image = await buildCompatImage({
    files: [await layerFile('/app.wasm', modulePath)],
    entrypoint: '/app.wasm',
    timestamp,
    compression: 'gzip',
    layerSink: scratchSink(join(dir, 'layer.tar.gz')),
  });
  return { ...image, dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface SkopeoAccess {
  certDir?: string;
  creds?: { user: string; password: string };
  tls?: boolean;
}

function skopeoArgs(access: SkopeoAccess): string[] {
  const args = access.certDir ? [`--cert-dir=${access.certDir}`] : ['--tls-verify=false'];
  if (access.creds) args.push(`--creds=${access.creds.user}:${access.creds.password}`);
  else args.push('--no-creds');
  return args;
}

/** `skopeo inspect --raw`: the exact manifest bytes the registry serves for ref. */
export async function skopeoRawManifest(ref: string, access: SkopeoAccess = {}): Promise<Buffer> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', ...skopeoArgs(access), `docker://${ref}`], { encoding: 'buffer', maxBuffer: 8 * 1024 * 1024 });
  return stdout;
}

/** True when skopeo can read ref (the tag exists). */
export async function skopeoCanRead(ref: string, access: SkopeoAccess = {}): Promise<boolean> {
  try {
    await skopeoRawManifest(ref, access);
    return true;
  } catch {
    return false;
  }
}

/** Test double for the retry clock: instant sleeps that record the delays asked for. */
export function recordingSleepDouble(): RetryEnvironment & { delays: number[] } {
  const delays: number[] = [];
  return { delays, sleep: async (ms) => void delays.push(ms), random: () => 0.5, now: () => Date.now() };
}

/** Deterministic incompressible-ish bytes after a wasm header, for uploads large enough to cut. */
export function largeModule(size: number): Buffer {
  const out = Buffer.alloc(size);
  EMPTY_WASM_MODULE.copy(out);
  let x = 0x12345678;
  for (let i = EMPTY_WASM_MODULE.length; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * The requests that got an answer, as "METHOD /path", from --verbose exchange-log lines
 * ("http: HEAD http://host/v2/x 200 ..."). Without a scheme memory the client first tries HTTPS
 * on a loopback registry: that probe got no answer and is left out.
 */
export function answeredRequests(lines: readonly string[]): string[] {
  return lines
    .filter((line) => !/ failed \(/.test(line))
    .map((line) => {
      const [, method, url] = /^http: (\S+) (\S+)/.exec(line) ?? [];
      return `${method} ${url ? new URL(url).pathname : line}`;
    });
}
