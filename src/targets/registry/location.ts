/**
 * Upload Location handling.
 * https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-monolithically
 *
 * The Location of an upload session may be relative or absolute; it is resolved against the URL
 * of the request that returned it, its query (often an opaque `_state=`) is kept byte-for-byte,
 * and `digest=` is appended with `?` or `&`. Origins are compared through the WHATWG URL parser,
 * so a Location that dropped the default `:443` is still the registry's own origin.
 */

export function resolveLocation(requestUrl: string, location: string): string {
  const hashAt = location.indexOf('#');
  const withoutFragment = hashAt >= 0 ? location.slice(0, hashAt) : location;
  const queryAt = withoutFragment.indexOf('?');
  const pathPart = queryAt >= 0 ? withoutFragment.slice(0, queryAt) : withoutFragment;
  const query = queryAt >= 0 ? withoutFragment.slice(queryAt) : '';
  const resolved = new URL(pathPart, requestUrl);
  // URL would re-encode parts of the query; registries expect their own bytes back.
  return `${resolved.origin}${resolved.pathname}${query}`;
}

export function appendQuery(url: string, key: string, value: string): string {
  const pair = `${key}=${encodeURIComponent(value)}`;
  if (!url.includes('?')) return `${url}?${pair}`;
  if (url.endsWith('?') || url.endsWith('&')) return `${url}${pair}`;
  return `${url}&${pair}`;
}

export function appendDigest(url: string, digest: string): string {
  return appendQuery(url, 'digest', digest);
}

/** Same scheme, host and port, with default ports normalised (https://h:443 == https://h). */
export function sameOrigin(a: string, b: string): boolean {
  return new URL(a).origin === new URL(b).origin;
}
