import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/errors.ts
var WasmpackError = class extends Error {
  constructor(code, message, hint, options) {
    super(message, options);
    this.code = code;
    this.hint = hint;
  }
  code;
  hint;
  static {
    __name(this, "WasmpackError");
  }
  name = "WasmpackError";
};
function isWasmpackError(err) {
  return err instanceof WasmpackError;
}
__name(isWasmpackError, "isWasmpackError");
function wrap(err, action) {
  throw err instanceof WasmpackError ? new WasmpackError(err.code, `${action}: ${err.message}`, err.hint, { cause: err.cause ?? err }) : err;
}
__name(wrap, "wrap");
function formatError(err) {
  let lines = [`error[${err.code}]: ${redact(err.message)}`];
  return err.hint && lines.push(`hint: ${redact(err.hint)}`), lines.join(`
`);
}
__name(formatError, "formatError");
var SECRET_PATTERNS = [
  // user:password@ in URLs
  /(?<=\/\/)[^/@\s:]+:[^/@\s]+(?=@)/g,
  // Authorization header values and token-like query parameters
  /\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi,
  /([?&](?:access_token|token|refresh_token|password|X-Amz-Signature|X-Amz-Credential|sig|signature)=)[^&\s]+/gi
], URL_QUERY = /(\bhttps?:\/\/[^\s?#"'<>]+)\?[^\s#"'<>]*/gi, JSON_SECRET_FIELD = /("(?:password|token|access_token|refresh_token|identitytoken|registrytoken|auth|secret)"\s*:\s*)"(?:[^"\\]|\\.)*"/gi, JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g, knownSecrets = /* @__PURE__ */ new Set(), MIN_SECRET_LENGTH = 6;
function registerSecret(value, username) {
  if (!value || value.length < MIN_SECRET_LENGTH) return;
  let forms = [value, Buffer.from(value, "utf8").toString("base64"), Buffer.from(value, "utf8").toString("base64url")];
  username !== void 0 && forms.push(Buffer.from(`${username}:${value}`, "utf8").toString("base64"));
  for (let form of forms) {
    knownSecrets.add(form);
    let unpadded = form.replace(/=+$/, "");
    unpadded.length >= MIN_SECRET_LENGTH && knownSecrets.add(unpadded);
  }
}
__name(registerSecret, "registerSecret");
function redactUrl(url) {
  try {
    let parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return redact(url.replace(/[?#].*$/, ""));
  }
}
__name(redactUrl, "redactUrl");
function redact(text) {
  let out = text;
  for (let secret of [...knownSecrets].sort((a, b) => b.length - a.length))
    out.includes(secret) && (out = out.split(secret).join("***"));
  return out = out.replace(SECRET_PATTERNS[0], "***:***"), out = out.replace(SECRET_PATTERNS[1], (_m, scheme) => `${scheme} ***`), out = out.replace(SECRET_PATTERNS[2], (_m, key) => `${key}***`), out = out.replace(URL_QUERY, "$1"), out = out.replace(JSON_SECRET_FIELD, '$1"***"'), out = out.replace(JWT, "***"), out;
}
__name(redact, "redact");

export {
  WasmpackError,
  isWasmpackError,
  wrap,
  formatError,
  registerSecret,
  redactUrl,
  redact
};
