import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  commonJs,
  githubIdToken,
  hasGithubIdToken,
  keylessBundleSigner
} from "./shared-supply-chain-sign-keyless.js";
import "./shared-errors.js";
import "./shared-runtime.js";
export {
  PUBLIC_GOOD,
  commonJs,
  githubIdToken,
  hasGithubIdToken,
  keylessBundleSigner
};
