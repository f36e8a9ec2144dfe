/**
 * Errors in three tiers (after yarn berry): usage errors come from clipanion, domain errors are
 * WasmpackError with a stable code that users can search for and a hint that names the fix, and
 * anything else is a bug and keeps its stack.
 */
export class WasmpackError extends Error {
  override readonly name = 'WasmpackError';
  constructor(
    /** Stable, searchable: documented in README#error-codes. */
    readonly code: string,
    message: string,
    /** What to do about it: the flag, env var or package that fixes it. */
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isWasmpackError(err: unknown): err is WasmpackError {
  return err instanceof WasmpackError;
}

/** Wrap an error with what we were doing ("pushing blob sha256:ab.. to ghcr.io/acme/app: ..."). */
export function wrap(err: unknown, action: string): never {
  if (err instanceof WasmpackError) {
    throw new WasmpackError(err.code, `${action}: ${err.message}`, err.hint, { cause: err.cause ?? err });
  }
  throw err;
}

/** Returns the user-facing text of an error with secrets removed. */
export function formatError(err: WasmpackError): string {
  const lines = [`error[${err.code}]: ${redact(err.message)}`];
  if (err.hint) lines.push(`hint: ${redact(err.hint)}`);
  return lines.join('\n');
}

const SECRET_PATTERNS: RegExp[] = [
  // user:password@ in URLs
  /(?<=\/\/)[^/@\s:]+:[^/@\s]+(?=@)/g,
  // Authorization header values and token-like query parameters
  /\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /([?&](?:access_token|token|refresh_token|password|X-Amz-Signature|X-Amz-Credential|sig|signature)=)[^&\s]+/gi,
];

/**
 * Query strings of URLs: upload `_state` tokens and S3/GCS pre-signed signatures are credentials,
 * and a query never says anything a person needs to read an error.
 */
const URL_QUERY = /(\bhttps?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi;
/** Secret-carrying JSON fields (token service answers, auth files echoed by a proxy). */
const JSON_SECRET_FIELD = /("(?:password|token|access_token|refresh_token|identitytoken|registrytoken|auth|secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
/** PEM private keys (cosign's encrypted ones too: ciphertext is still key material). */
const PEM_PRIVATE_KEY = /-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----[\s\S]*?-----END \1-----/g;
/** Bare JWTs (a bearer token, an OIDC identity token pasted without its scheme). */
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;

/**
 * Secret values this process has seen (passwords, identity and bearer tokens), with their base64
 * forms. Patterns cannot recognise a password in free text; the value itself can. Process-wide on
 * purpose, like a CI runner's log masks: a secret learned anywhere must be masked everywhere.
 * Values shorter than MIN_SECRET_LENGTH are not masked by value (that would garble ordinary words);
 * the patterns above still apply to them.
 */
const knownSecrets = new Set<string>();
export const MIN_SECRET_LENGTH = 6;

/** Masks `value` (and base64 of it, and of `username:value` when given) in every later redact(). */
export function registerSecret(value: string | undefined, username?: string): void {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  const forms = [value, Buffer.from(value, 'utf8').toString('base64'), Buffer.from(value, 'utf8').toString('base64url')];
  if (username !== undefined) forms.push(Buffer.from(`${username}:${value}`, 'utf8').toString('base64'));
  // base64 without padding too: a value embedded in a longer base64 text loses its "=".
  for (const form of forms) {
    knownSecrets.add(form);
    const unpadded = form.replace(/=+$/, '');
    if (unpadded.length >= MIN_SECRET_LENGTH) knownSecrets.add(unpadded);
  }
}

/** Removes the query (and any user:password@) of one URL: what logs and errors may show of it. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return redact(url.replace(/[?#].*$/, ''));
  }
}

/** Best-effort scrubbing of credentials from any text that might reach a person or a log. */
export function redact(text: string): string {
  let out = text;
  // Longest first, so a base64 form is not half-masked by a shorter secret inside it.
  for (const secret of [...knownSecrets].sort((a, b) => b.length - a.length)) {
    if (out.includes(secret)) out = out.split(secret).join('***');
  }
  out = out.replace(PEM_PRIVATE_KEY, '-----BEGIN $1-----\n***\n-----END $1-----');
  out = out.replace(SECRET_PATTERNS[0]!, '***:***');
  out = out.replace(SECRET_PATTERNS[1]!, (_m, scheme: string) => `${scheme} ***`);
  out = out.replace(SECRET_PATTERNS[2]!, (_m, key: string) => `${key}***`);
  out = out.replace(URL_QUERY, '$1');
  out = out.replace(JSON_SECRET_FIELD, '$1"***"');
  out = out.replace(JWT, '***');
  return out;
}
