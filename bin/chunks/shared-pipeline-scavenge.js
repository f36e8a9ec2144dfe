import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/scavenge.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
function scavengeWhileStreaming() {
  let gc;
  try {
    setFlagsFromString("--expose-gc"), gc = runInNewContext("gc");
  } catch {
    return () => {
    };
  }
  let timer = setInterval(() => gc?.({ type: "minor" }), 20);
  return timer.unref(), () => clearInterval(timer);
}
__name(scavengeWhileStreaming, "scavengeWhileStreaming");

export {
  scavengeWhileStreaming
};
