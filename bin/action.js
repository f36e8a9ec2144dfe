#!/usr/bin/env node
import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  enableCompileCache,
  nodeTooOld
} from "./chunks/chunk-J7E4G6OQ.js";
import "./chunks/chunk-GZZTAZ46.js";

// src/action/entry.ts
var tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld) {
  let message = tooOld.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  process.stdout.write("::error title=wasmpack NODE_TOO_OLD::" + message + `
`), process.exitCode = 1;
} else {
  enableCompileCache();
  let { run } = await import("./chunks/main-5QDTIFQZ.js");
  await run();
}
