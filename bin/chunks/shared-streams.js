import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/streams.ts
async function collect(stream, options = {}) {
  let limit = options.limit ?? 1 / 0, chunks = [], size = 0;
  for await (let chunk of stream) {
    let buf = typeof chunk == "string" ? Buffer.from(chunk) : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    if (size += buf.length, size > limit)
      throw stream.destroy?.(), options.tooLarge?.(limit) ?? new Error(`more than ${limit} bytes`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
__name(collect, "collect");

export {
  collect
};
