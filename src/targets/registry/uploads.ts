/**
 * Blob uploads over a RegistryExchange: HEAD, cross-repository mount, POST + one PUT, or PATCH
 * chunks that survive resets. A blob upload restarts from POST when its session is lost, and a
 * chunked upload resumes from the offset the registry confirms.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-blobs
 */
import { Transform, type Readable } from 'node:stream';
import { WasmpackError } from '../../errors.js';
import { openBytes, type Blob } from '../../oci/content.js';
import { header, readCappedBody, RegistryError, type Headers } from './errors.js';
import type { ExchangeRequest, ExchangeResponse, RegistryExchange } from './exchange.js';
import { drain, type HttpResponse } from './http.js';
import { appendDigest, appendQuery, resolveLocation } from './location.js';
import { pushScopes, repositoryScope } from './scope.js';
import { confirmedOffset, contentRange } from './upload-range.js';
import { uploadBody, uploadRing, type UploadRing } from './upload-body.js';

/**
 * Blobs above this go up in chunks that survive a reset. Below it one PUT is cheaper (one request)
 * and a restart costs little; above it a restart from zero would resend too much.
 */
export const DEFAULT_CHUNK_THRESHOLD = 64 * 1024 * 1024;
/** Bytes per PATCH: what a reset can cost at most, against one round trip per chunk. */
export const DEFAULT_CHUNK_SIZE = 64 * 1024 * 1024;

export interface PushBlobOptions {
  mountFrom?: string;
  onProgress?(bytesSent: number): void;
}

export class BlobUploads {
  private readonly openUploads = new Set<string>();
  /** OCI-Chunk-Min-Length of each open upload session. */
  private readonly chunkMinimum = new Map<string, number>();

  constructor(private readonly x: RegistryExchange) {}

  private get registry(): string {
    return this.x.registry;
  }

  /**
   * Blob push: mount when asked (falling back), else POST and one PUT, or PATCH chunks above the
   * chunk threshold. A failed upload cancels its session and starts again from POST (after a HEAD:
   * a PUT whose answer was lost may have stored the blob), within the retry policy.
   */
  async pushBlob(repository: string, blob: Blob, options: PushBlobOptions = {}): Promise<'pushed' | 'mounted'> {
    const { digest, size } = blob.descriptor;
    const scopes = pushScopes(repository, options.mountFrom);
    return this.x.retrying(async (attempt) => {
      if (attempt > 1 && (await this.headBlob(repository, digest, scopes))) return 'pushed';
      let session: string | undefined;
      if (options.mountFrom && options.mountFrom !== repository) {
        const mounted = await this.mountBlob(repository, digest, options.mountFrom);
        if (mounted === true) return 'mounted';
        if (typeof mounted === 'string') session = mounted;
      }
      session ??= await this.startUpload(repository, scopes);
      try {
        if (size > (this.x.options.chunkThreshold ?? DEFAULT_CHUNK_THRESHOLD)) await this.putBlobChunked(repository, session, blob, options.onProgress, scopes);
        else await this.putBlob(repository, session, blob, options.onProgress, scopes);
      } catch (err) {
        await this.cancelUpload(repository, session);
        throw err;
      }
      return 'pushed';
    });
  }

  /**
   * HEAD a blob: 200 = present, 404 = missing; 401/403 and the rest are errors, never "missing".
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#checking-if-content-exists-in-the-registry
   */
  async headBlob(repository: string, digest: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<boolean> {
    return this.x.retrying(async () => {
      await this.x.ping();
      const req: ExchangeRequest = { step: `checking blob ${digest} in ${this.registry}/${repository}`, method: 'HEAD', url: this.x.url(repository, `blobs/${digest}`), scopes };
      const res = await this.x.exchange(req);
      if (res.status === 200 || res.status === 404) {
        await drain(res.body);
        return res.status === 200;
      }
      return this.x.fail(req, res, 'HEAD', res.url);
    });
  }

  /**
   * Cross-repository mount: 201 = mounted, 202 = an upload session to continue (Location).
   * Returns the session URL on 202, true on 201, false when the mount was refused.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#mounting-a-blob-from-another-repository
   */
  async mountBlob(repository: string, digest: string, from: string): Promise<true | string | false> {
    await this.x.ping();
    let url = appendQuery(this.x.url(repository, 'blobs/uploads/'), 'mount', digest);
    url = appendQuery(url, 'from', from);
    const req: ExchangeRequest = {
      step: `mounting blob ${digest} from ${from} into ${this.registry}/${repository}`,
      method: 'POST',
      url,
      headers: { 'content-length': '0' },
      body: () => Buffer.alloc(0),
      scopes: pushScopes(repository, from),
    };
    let res: ExchangeResponse;
    try {
      res = await this.x.exchange(req);
    } catch (err) {
      // Harbor, Quay and Docker Hub refuse mounts in many ways; a plain upload still works.
      if (err instanceof WasmpackError && err.code === 'REGISTRY_UNREACHABLE') throw err;
      return false;
    }
    if (res.status === 201) {
      await drain(res.body);
      return true;
    }
    const location = header(res.headers, 'location');
    await drain(res.body);
    if (res.status === 202 && location) {
      const session = resolveLocation(res.url, location);
      this.openSession(session, res.headers);
      return session;
    }
    return false;
  }

  private openSession(session: string, headers: Headers): void {
    this.openUploads.add(session);
    // https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
    const minimum = Number(header(headers, 'oci-chunk-min-length'));
    if (Number.isSafeInteger(minimum) && minimum > 0) this.chunkMinimum.set(session, minimum);
  }

  private closeSession(session: string): void {
    this.openUploads.delete(session);
    this.chunkMinimum.delete(session);
  }

  /**
   * POST an upload session: 202 + Location (Content-Length: 0, Artifact Registry answers 411
   * otherwise). Retried on its own: a POST whose answer was lost opened at most a session nobody
   * uses, which the registry expires.
   */
  async startUpload(repository: string, scopes = pushScopes(repository)): Promise<string> {
    return this.x.retrying(async () => {
      await this.x.ping();
      const req: ExchangeRequest = {
        step: `starting an upload to ${this.registry}/${repository}`,
        method: 'POST',
        url: this.x.url(repository, 'blobs/uploads/'),
        headers: { 'content-length': '0' },
        body: () => Buffer.alloc(0),
        scopes,
      };
      const res = await this.x.exchange(req);
      const location = header(res.headers, 'location');
      if (res.status !== 202 || !location) {
        if (res.status === 202) {
          await drain(res.body);
          throw new WasmpackError('REGISTRY_PROTOCOL', `${req.step}: 202 without a Location header`, 'the registry (or a proxy) dropped the Location header of the upload session');
        }
        return this.x.fail(req, res, 'POST', res.url);
      }
      await drain(res.body);
      const session = resolveLocation(res.url, location);
      this.openSession(session, res.headers);
      return session;
    });
  }

  /**
   * Monolithic upload: PUT <Location>&digest=... with a fixed Content-Length (never chunked),
   * application/octet-stream; 201 (204 tolerated). The body streams from the blob's opener.
   * Not retried on its own: a half-sent body may have spoilt the session (see pushBlob).
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-monolithically
   */
  async putBlob(repository: string, session: string, blob: Blob, onProgress?: (bytesSent: number) => void, scopes = pushScopes(repository)): Promise<void> {
    const { digest, size } = blob.descriptor;
    const ring = blob.location ? uploadRing(size) : undefined;
    const req: ExchangeRequest = {
      step: `uploading blob ${digest} (${size} bytes) to ${this.registry}/${repository}`,
      method: 'PUT',
      url: appendDigest(session, digest),
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body: () => this.countingStream(blob, ring, onProgress),
      scopes,
      // A streamed body cannot be replayed cheaply after a 401: start with a token that will last.
      minTokenValidityMs: 120_000,
    };
    const res = await this.x.exchange(req);
    if (res.status === 404) return uploadLost(req.step, res);
    if (res.status !== 201 && res.status !== 204) return this.x.fail(req, res, 'PUT', res.url);
    this.closeSession(session);
    await checkEchoedDigest(req.step, res, digest);
  }

  /**
   * Chunked upload that survives resets: PATCH <session> with `Content-Range: start-end` for each
   * chunk, following the Location of every answer (its `_state` changes), then PUT ?digest= with
   * no body. A chunk that fails is retried from the offset the registry confirms (GET <session>:
   * 204 + Range), so a reset costs at most the chunk in flight, not the blob. A session the
   * registry no longer knows (distribution drops one that received a partial chunk) is a
   * retryable REGISTRY_UPLOAD_LOST: pushBlob then starts again from POST.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks
   */
  async putBlobChunked(repository: string, session: string, blob: Blob, onProgress?: (bytesSent: number) => void, scopes = pushScopes(repository)): Promise<void> {
    const { digest, size } = blob.descriptor;
    const chunkSize = Math.max(this.x.options.chunkSize ?? DEFAULT_CHUNK_SIZE, this.chunkMinimum.get(session) ?? 0);
    const step = `uploading blob ${digest} (${size} bytes, in chunks of ${chunkSize}) to ${this.registry}/${repository}`;
    const ring = blob.location ? uploadRing(Math.min(size, chunkSize)) : undefined;
    let url = session;
    let offset = 0;
    // A lost session is not retried here: only a new one (pushBlob, from POST) can help.
    const sameSession = (err: unknown): boolean => !(err instanceof WasmpackError && err.code === 'REGISTRY_UPLOAD_LOST');
    while (offset < size) {
      await this.x.retrying(async (attempt) => {
        // The status GET has retries of its own: a chunk attempt is spent on PATCHes, not on asking.
        if (attempt > 1) ({ url, offset } = await this.x.retrying(() => this.uploadStatus(step, url, scopes, size), sameSession));
        if (offset >= size) return;
        const end = Math.min(size, offset + chunkSize);
        const start = offset;
        const req: ExchangeRequest = {
          step,
          method: 'PATCH',
          url,
          headers: { 'content-type': 'application/octet-stream', 'content-range': contentRange(start, end), 'content-length': String(end - start) },
          body: () => this.countingStream(blob, ring, onProgress, start, end),
          scopes,
          minTokenValidityMs: 120_000,
        };
        const res = await this.x.exchange(req);
        if (res.status === 404) return uploadLost(step, res);
        if (res.status === 416) {
          // We and the registry disagree on the offset: the next attempt asks it where it stands.
          await drain(res.body);
          throw new RegistryError('REGISTRY_PROTOCOL', `${step}: the registry refused bytes ${contentRange(start, end)} (416)`, 'the registry does not track upload offsets as the distribution spec says; report it to its operator', 416, undefined, true);
        }
        if (res.status !== 202) return this.x.fail(req, res, 'PATCH', res.url);
        await drain(res.body);
        const location = header(res.headers, 'location');
        if (location) url = resolveLocation(res.url, location);
        offset = confirmedOffset(header(res.headers, 'range')) ?? end;
      }, sameSession);
    }
    await this.x.retrying(async (attempt) => {
      // The PUT may have landed with its answer lost: then the session is gone and the blob is there.
      if (attempt > 1 && (await this.headBlob(repository, digest, scopes))) return;
      const req: ExchangeRequest = { step, method: 'PUT', url: appendDigest(url, digest), headers: { 'content-length': '0' }, body: () => Buffer.alloc(0), scopes };
      const res = await this.x.exchange(req);
      if (res.status === 404) return uploadLost(step, res);
      if (res.status !== 201 && res.status !== 204) return this.x.fail(req, res, 'PUT', res.url);
      await checkEchoedDigest(step, res, digest);
    }, sameSession);
    this.closeSession(session);
  }

  /** Where an upload stands: GET <session> -> 204, Range: 0-<last byte>, Location (the next URL). */
  private async uploadStatus(step: string, url: string, scopes: string[], size: number): Promise<{ url: string; offset: number }> {
    const req: ExchangeRequest = { step: `${step}: asking how much arrived`, method: 'GET', url, scopes };
    const res = await this.x.exchange(req);
    if (res.status === 404) return uploadLost(step, res);
    if (res.status !== 204 && res.status !== 200) return this.x.fail(req, res, 'GET', res.url);
    await drain(res.body);
    const offset = confirmedOffset(header(res.headers, 'range'));
    if (offset === undefined || offset > size) {
      throw new WasmpackError('REGISTRY_PROTOCOL', `${req.step}: the registry answered Range "${header(res.headers, 'range') ?? ''}"`, 'the registry does not report upload progress as the distribution spec says; report it to its operator');
    }
    const location = header(res.headers, 'location');
    return { url: location ? resolveLocation(res.url, location) : url, offset };
  }

  /**
   * The blob's bytes [start, end) (all of it by default), counted into stats and progress: from its
   * file through the upload's `ring` of reused buffers when it rests in one (see upload-body.ts),
   * else from its opener.
   */
  private countingStream(blob: Blob, ring: UploadRing | undefined, onProgress?: (bytesSent: number) => void, start = 0, end = blob.descriptor.size): Readable {
    let sent = start;
    const count = (bytes: number): void => {
      sent += bytes;
      this.x.stats.blobBytesUploaded += bytes;
      onProgress?.(sent);
    };
    if (blob.location && ring) return uploadBody(blob.location, { start, end }, ring, count);
    const source = openBytes(blob, { start, end });
    const counter = new Transform({
      transform: (chunk: Buffer, _enc, callback) => {
        count(chunk.length);
        callback(null, chunk);
      },
    });
    source.on('error', (err) => counter.destroy(err));
    counter.on('close', () => source.destroy());
    return source.pipe(counter);
  }

  /** Best effort: cancel an upload session so the registry can drop the partial data. */
  async cancelUpload(repository: string, session: string): Promise<void> {
    this.closeSession(session);
    try {
      const res = await this.x.exchange({ step: `cancelling an upload to ${this.registry}/${repository}`, method: 'DELETE', url: session, scopes: pushScopes(repository) });
      await drain(res.body);
    } catch {
      // the session may already be gone; nothing to undo
    }
  }

  /** Upload sessions started and not finished (for abort). */
  pendingUploads(): string[] {
    return [...this.openUploads];
  }
}

/** The registry does not know the session (expired, or spoilt by a partial chunk): start again from POST. */
async function uploadLost(step: string, res: HttpResponse): Promise<never> {
  await readCappedBody(res.body);
  throw new RegistryError(
    'REGISTRY_UPLOAD_LOST',
    `${step}: the registry no longer knows the upload session (sessions expire, and distribution drops one that received part of a chunk)`,
    'the upload starts again from its beginning by itself; if this error ends the push, a proxy in between keeps cutting long requests: check its timeouts and body-size limits',
    404,
    'BLOB_UPLOAD_UNKNOWN',
    true,
  );
}

async function checkEchoedDigest(step: string, res: HttpResponse, digest: string): Promise<void> {
  const echoed = header(res.headers, 'docker-content-digest');
  await drain(res.body);
  if (echoed && echoed !== digest) {
    throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${step}: the registry stored ${echoed}, expected ${digest}`, 'the content changed in transit or the registry is broken; retry the push');
  }
}
