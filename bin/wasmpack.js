#!/usr/bin/env node
import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  enableCompileCache,
  nodeTooOld
} from "./chunks/shared-node-floor.js";
import "./chunks/shared-runtime.js";

// src/cli/bin.ts
var tooOld = nodeTooOld(process.versions.node, process.execPath);
if (tooOld)
  process.stderr.write(tooOld + `
`), process.exitCode = 1;
else {
  enableCompileCache();
  let argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    let { packageVersion } = await import("./chunks/package-info.js");
    process.stdout.write(`${packageVersion()}
`);
  } else {
    let { main } = await import("./chunks/cli-main.js");
    await main(argv);
  }
}
