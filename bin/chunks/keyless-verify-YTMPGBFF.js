import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  WasmpackError
} from "./chunk-U4FSHFBH.js";
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/supply-chain/sign/keyless-verify.ts
async function sigstoreCertificateVerifier(_trustedRoot) {
  throw new WasmpackError("VERIFY_KEYLESS_UNAVAILABLE", "keyless verification is not built yet", "verify with --key cosign.pub");
}
__name(sigstoreCertificateVerifier, "sigstoreCertificateVerifier");
export {
  sigstoreCertificateVerifier
};
