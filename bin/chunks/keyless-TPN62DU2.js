import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  PUBLIC_GOOD,
  commonJs,
  githubIdToken,
  hasGithubIdToken,
  keylessBundleSigner
} from "./chunk-TS7JFMU7.js";
import "./chunk-6JSWOIFR.js";
import "./chunk-6YJMOJDB.js";
export {
  PUBLIC_GOOD,
  commonJs,
  githubIdToken,
  hasGithubIdToken,
  keylessBundleSigner
};
