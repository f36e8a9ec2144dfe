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

/** Best-effort scrubbing of credentials from any text that might reach a person or a log. */
export function redact(text: string): string {
  let out = text;
  out = out.replace(SECRET_PATTERNS[0]!, '***:***');
  out = out.replace(SECRET_PATTERNS[1]!, (_m, scheme: string) => `${scheme} ***`);
  out = out.replace(SECRET_PATTERNS[2]!, (_m, key: string) => `${key}***`);
  return out;
}
