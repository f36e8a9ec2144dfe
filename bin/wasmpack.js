#!/usr/bin/env node
import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  enableCompileCache,
  nodeTooOld
} from "./chunks/chunk-J7E4G6OQ.js";
import "./chunks/chunk-GZZTAZ46.js";

// src/cli/bin.ts
var tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld)
  process.stderr.write(tooOld + `
`), process.exitCode = 1;
else {
  enableCompileCache();
  let { main } = await import("./chunks/main-E3FNO63E.js");
  await main(process.argv.slice(2));
}
