/**
 * Blob reads over a RegistryExchange: a small blob into memory (configs, referrer lists), or any
 * blob as a stream checked against its descriptor as it arrives. Redirects to a CDN are followed
 * without credentials (see exchange.ts).
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pulling-blobs
 */
import type { Readable } from 'node:stream';
import { WasmpackError } from '../../errors.js';
import type { Descriptor } from '../../oci/content.js';
import { isDigest, sha256 } from '../../oci/digest.js';
import { verifiedStream } from '../verify.js';
import { header } from './errors.js';
import type { ExchangeRequest, ExchangeResponse, RegistryExchange } from './exchange.js';
import { repositoryScope } from './scope.js';

/** getBlob's default cap: enough for any image config, small enough to hold in memory. */
export const DEFAULT_MAX_BLOB_FETCH = 16 * 1024 * 1024;

export class RegistryBlobs {
  constructor(private readonly x: RegistryExchange) {}

  /** GET a blob into memory, at most `maxBytes`, verifying its digest. */
  async getBlob(repository: string, digest: string, maxBytes = DEFAULT_MAX_BLOB_FETCH): Promise<Buffer> {
    return this.x.retrying(async () => {
      const { req, res } = await this.request(repository, digest);
      const tooBig = (): WasmpackError =>
        new WasmpackError('REGISTRY_BLOB_TOO_BIG', `${req.step}: the blob is larger than ${maxBytes} bytes`, 'this blob is too large to read into memory here; fetch it with `skopeo copy` instead');
      const declared = Number(header(res.headers, 'content-length') ?? NaN);
      if (declared > maxBytes) {
        res.body.destroy();
        throw tooBig();
      }
      const bytes = await this.x.readBody(req, res, maxBytes, tooBig);
      const actual = sha256(bytes);
      if (actual !== digest) {
        throw new WasmpackError('REGISTRY_DIGEST_MISMATCH', `${req.step}: received content with digest ${actual}`, 'the registry or a proxy altered the blob; do not trust this content');
      }
      return bytes;
    });
  }

  /**
   * A blob as a stream, checked against `descriptor` (size and digest) as it arrives: memory stays
   * flat whatever its size. The request (not a half-read body) is retried; each call is a new GET.
   */
  openBlob(repository: string, descriptor: Descriptor, where: string): Readable {
    return verifiedStream(async () => (await this.x.retrying(() => this.request(repository, descriptor.digest))).res.body, descriptor, where, 'REGISTRY_DIGEST_MISMATCH');
  }

  private async request(repository: string, digest: string): Promise<{ req: ExchangeRequest; res: ExchangeResponse }> {
    if (!isDigest(digest)) {
      throw new WasmpackError('BAD_DIGEST', `cannot fetch blob "${digest}": not a sha256 digest`, 'a digest looks like sha256:<64 lowercase hex digits>');
    }
    await this.x.ping();
    const req: ExchangeRequest = {
      step: `fetching blob ${digest} from ${this.x.registry}/${repository}`,
      method: 'GET',
      url: this.x.url(repository, `blobs/${digest}`),
      scopes: [repositoryScope(repository, ['pull'])],
    };
    const res = await this.x.exchange(req);
    if (res.status !== 200) return this.x.fail(req, res, 'GET', res.url);
    return { req, res };
  }
}
