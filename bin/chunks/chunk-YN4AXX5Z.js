import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./chunk-GZZTAZ46.js";

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
];
function redact(text) {
  let out = text;
  return out = out.replace(SECRET_PATTERNS[0], "***:***"), out = out.replace(SECRET_PATTERNS[1], (_m, scheme) => `${scheme} ***`), out = out.replace(SECRET_PATTERNS[2], (_m, key) => `${key}***`), out;
}
__name(redact, "redact");

export {
  WasmpackError,
  isWasmpackError,
  wrap,
  formatError,
  redact
};
