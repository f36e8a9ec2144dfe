/**
 * Manifests over a RegistryExchange: PUT by tag or digest, GET (verified), HEAD.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-manifests
 */
import { WasmpackError } from '../../errors.js';
import type { Descriptor } from '../../oci/content.js';
import { isDigest, sha256 } from '../../oci/digest.js';
import { referrersFallbackTag } from '../../oci/aot-image.js';
import { MANIFEST_ACCEPT, MediaType } from '../../oci/media-types.js';
import { header, readCappedBody, RegistryError, type Headers } from './errors.js';
import type { ExchangeRequest, RegistryExchange } from './exchange.js';
import { drain } from './http.js';
import { pushScopes, repositoryScope } from './scope.js';

// https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;

export interface ManifestResult {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

export interface PutManifestResult {
  digest: string;
  /** OCI-Subject: the registry indexed the subject for the referrers API. */
  subject?: string;
  location?: string;
  headers: Headers;
}

export interface PutManifestOptions {
  /**
   * Replaces the client's signal for this PUT: a tag PUT cut mid-request can leave a tag the
   * registry cannot serve, so the caller lets it finish (see graceSignal).
   */
  signal?: AbortSignal;
}

export class RegistryManifests {
  constructor(private readonly x: RegistryExchange) {}

  /**
   * PUT a manifest by tag or digest with Content-Type = its media type; checks the echoed
   * Docker-Content-Digest when present and returns OCI-Subject for referrers. Repeating it is safe.
   * `described` is the manifest's descriptor (its digest is trusted: it was computed from these
   * bytes) or just its media type (then the bytes are hashed here).
   */
  async putManifest(repository: string, reference: string, bytes: Buffer, described: string | Pick<Descriptor, 'mediaType' | 'digest' | 'size'>, options: PutManifestOptions = {}): Promise<PutManifestResult> {
    const { mediaType, digest } = typeof described === 'string' ? { mediaType: described, digest: sha256(bytes) } : described;
    if (typeof described !== 'string' && described.size !== bytes.length) {
      throw new WasmpackError('DIGEST_MISMATCH', `manifest ${digest} is described as ${described.size} bytes and has ${bytes.length}`, 'this is a bug in wasmpack: please report it');
    }
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new WasmpackError('REGISTRY_MANIFEST_TOO_BIG', `manifest ${digest} is ${bytes.length} bytes; registries accept at most ${MAX_MANIFEST_BYTES}`, 'reduce the number of layers or annotations');
    }
    return this.x.retrying(async () => {
      await this.x.ping();
      const req: ExchangeRequest = {
        step: `pushing manifest ${digest}${isDigest(reference) ? '' : ` as ${reference}`} to ${this.x.registry}/${repository}`,
        method: 'PUT',
        url: this.x.url(repository, `manifests/${reference}`),
        headers: { 'content-type': mediaType, 'content-length': String(bytes.length) },
        body: () => bytes,
        scopes: pushScopes(repository),
        ...(options.signal ? { signal: options.signal } : {}),
      };
      const res = await this.x.exchange(req);
      if (res.status !== 201 && res.status !== 200 && res.status !== 204) return this.x.fail(req, res, 'PUT', res.url, mediaType);
      await drain(res.body);
      const echoed = header(res.headers, 'docker-content-digest');
      if (echoed && echoed !== digest) {
        throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${req.step}: the registry computed ${echoed} for the manifest, expected ${digest}`, 'the registry rewrote the manifest (schema conversion?); push to a registry that stores manifests as sent');
      }
      const result: PutManifestResult = { digest, headers: res.headers };
      const subject = header(res.headers, 'oci-subject');
      if (subject) result.subject = subject;
      const location = header(res.headers, 'location');
      if (location) result.location = location;
      return result;
    });
  }

  /** GET a manifest (or undefined on 404), verifying its digest. */
  async findManifest(repository: string, reference: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<ManifestResult | undefined> {
    return this.x.retrying(() => this.findManifestOnce(repository, reference, scopes));
  }

  private async findManifestOnce(repository: string, reference: string, scopes: string[]): Promise<ManifestResult | undefined> {
    await this.x.ping();
    const req: ExchangeRequest = {
      step: `fetching manifest ${reference} from ${this.x.registry}/${repository}`,
      method: 'GET',
      url: this.x.url(repository, `manifests/${reference}`),
      headers: { accept: MANIFEST_ACCEPT.join(', ') },
      scopes,
    };
    const found = await this.getOrNothing(req, 'registries cap manifests at 4 MiB; this is not a manifest wasmpack can read');
    if (!found) return undefined;
    const { bytes, headers } = found;
    const digest = sha256(bytes);
    const expected = isDigest(reference) ? reference : header(headers, 'docker-content-digest');
    if (expected && expected !== digest) {
      throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${req.step}: received content with digest ${digest}, expected ${expected}`, 'the registry or a proxy altered the manifest; do not trust this content');
    }
    return { bytes, digest, mediaType: manifestMediaType(bytes, header(headers, 'content-type')) };
  }

  /**
   * The referrers of `digest`: the registry's referrers API, or, where it has none (a 404, which a
   * registry with the API never answers there), the index under the sha256-<hex> fallback tag.
   * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers
   */
  async referrers(repository: string, digest: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<Descriptor[]> {
    const listed = await this.x.retrying(() => this.referrersOnce(repository, digest, scopes));
    const index = listed ?? (await this.findManifest(repository, referrersFallbackTag(digest), scopes))?.bytes;
    return index ? referrerEntries(index) : [];
  }

  private async referrersOnce(repository: string, digest: string, scopes: string[]): Promise<Buffer | undefined> {
    await this.x.ping();
    const req: ExchangeRequest = {
      step: `listing the referrers of ${digest} in ${this.x.registry}/${repository}`,
      method: 'GET',
      url: this.x.url(repository, `referrers/${digest}`),
      headers: { accept: MediaType.ociIndex },
      scopes,
    };
    return (await this.getOrNothing(req, 'this is not a referrers list wasmpack can read'))?.bytes;
  }

  /** A GET whose 404 means "none" (drained); any other status but 200 fails; the body is capped at MAX_MANIFEST_BYTES. */
  private async getOrNothing(req: ExchangeRequest, tooBigHint: string): Promise<{ bytes: Buffer; headers: Headers } | undefined> {
    const res = await this.x.exchange(req);
    if (res.status === 404) {
      await readCappedBody(res.body);
      return undefined;
    }
    if (res.status !== 200) return this.x.fail(req, res, 'GET', res.url);
    const bytes = await this.x.readBody(req, res, MAX_MANIFEST_BYTES, () => new WasmpackError('REGISTRY_MANIFEST_TOO_BIG', `${req.step}: response larger than ${MAX_MANIFEST_BYTES} bytes`, tooBigHint));
    return { bytes, headers: res.headers };
  }

  /** GET a manifest; 404 is REGISTRY_MANIFEST_UNKNOWN. */
  async getManifest(repository: string, reference: string): Promise<ManifestResult> {
    const found = await this.findManifest(repository, reference);
    if (!found) {
      throw new RegistryError(
        'REGISTRY_MANIFEST_UNKNOWN',
        `fetching manifest ${reference} from ${this.x.registry}/${repository}: not found`,
        'check the tag or digest; `skopeo list-tags docker://REGISTRY/REPO` lists the tags',
        404,
        'MANIFEST_UNKNOWN',
        false,
      );
    }
    return found;
  }

  /** HEAD a manifest: its descriptor, or undefined on 404. A tag without Docker-Content-Digest costs a GET. */
  async headManifest(repository: string, reference: string, scopes = [repositoryScope(repository, ['pull'])]): Promise<{ digest: string; mediaType: string; size: number } | undefined> {
    return this.x.retrying(async () => {
      await this.x.ping();
      const req: ExchangeRequest = {
        step: `checking manifest ${reference} in ${this.x.registry}/${repository}`,
        method: 'HEAD',
        url: this.x.url(repository, `manifests/${reference}`),
        headers: { accept: MANIFEST_ACCEPT.join(', ') },
        scopes,
      };
      const res = await this.x.exchange(req);
      if (res.status === 404) {
        await drain(res.body);
        return undefined;
      }
      if (res.status !== 200) return this.x.fail(req, res, 'HEAD', res.url);
      await drain(res.body);
      const digest = header(res.headers, 'docker-content-digest') ?? (isDigest(reference) ? reference : undefined);
      const size = Number(header(res.headers, 'content-length') ?? NaN);
      const mediaType = (header(res.headers, 'content-type') ?? '').split(';')[0]!.trim();
      if (!digest || Number.isNaN(size) || !mediaType) {
        const full = await this.findManifestOnce(repository, reference, scopes);
        return full && { digest: full.digest, mediaType: full.mediaType, size: full.bytes.length };
      }
      return { digest, mediaType, size };
    });
  }
}

function manifestMediaType(bytes: Buffer, contentType: string | undefined): string {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { mediaType?: unknown };
    if (typeof doc.mediaType === 'string' && doc.mediaType) return doc.mediaType;
  } catch {
    // fall through to the header
  }
  return (contentType ?? '').split(';')[0]!.trim();
}

/** The manifest descriptors of a referrers index (the API's answer or the fallback tag's); anything unreadable lists none. */
export function referrerEntries(bytes: Buffer): Descriptor[] {
  try {
    const doc = JSON.parse(bytes.toString('utf8')) as { manifests?: Descriptor[] };
    return Array.isArray(doc.manifests) ? doc.manifests.filter((d) => typeof d?.digest === 'string' && typeof d?.mediaType === 'string') : [];
  } catch {
    return [];
  }
}
