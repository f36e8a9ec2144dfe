/**
 * The modules the benchmark packages: a small real one (examples/hello-c through clang-16 when it
 * is installed) and a large generated one for the push throughput run.
 */
import { execFile } from 'node:child_process';
import { createCipheriv } from 'node:crypto';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A wasip1 command module: type () -> (), one empty function exported as _start. */
const MINIMAL_COMMAND = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
  0x03, 0x02, 0x01, 0x00,
  0x07, 0x0a, 0x01, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x00,
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,
]);

/** Unsigned LEB128, as section sizes are written in the wasm binary format. */
function leb128(n: number): Buffer {
  const out: number[] = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/**
 * Builds examples/hello-c with clang-16 (the same command line the C driver uses on Debian); falls
 * back to the minimal module padded to hello-c's size when clang-16 or wasi-libc is missing.
 */
export async function smallModule(repoRoot: string, dest: string): Promise<{ path: string; source: string }> {
  try {
    await run('clang-16', ['--target=wasm32-wasi', '-O2', '-nostdlibinc', '-isystem', '/usr/include/wasm32-wasi', '-Wl,--strip-all', '-o', dest, join(repoRoot, 'examples/hello-c/hello.c')]);
    return { path: dest, source: 'examples/hello-c built with clang-16 -O2 --strip-all' };
  } catch {
    const name = Buffer.from('bench-padding');
    const payload = Buffer.alloc(28 * 1024, 0x61);
    const body = Buffer.concat([leb128(name.length), name, payload]);
    await writeFile(dest, Buffer.concat([MINIMAL_COMMAND, Buffer.from([0]), leb128(body.length), body]));
    return { path: dest, source: 'generated minimal command module + 28 KiB custom section (clang-16 not usable)' };
  }
}

/**
 * A valid command module of about `mib` MiB: the minimal module plus one custom section filled with
 * an AES-128-CTR keystream (zero key and IV). The bytes are incompressible, like real payloads
 * that are already compressed, and identical on every run, so digests can be compared across
 * runs. Written 1 MiB at a time: the benchmark itself never holds the module in memory.
 */
export async function largeModule(dest: string, mib: number): Promise<number> {
  const payloadSize = mib * 1024 * 1024;
  const name = Buffer.from('bench-payload');
  const header = Buffer.concat([MINIMAL_COMMAND, Buffer.from([0]), leb128(leb128(name.length).length + name.length + payloadSize), leb128(name.length), name]);
  const keystream = createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16));
  const zeros = Buffer.alloc(1024 * 1024);
  const file = await open(dest, 'w');
  try {
    await file.write(header);
    for (let i = 0; i < mib; i++) await file.write(keystream.update(zeros));
  } finally {
    await file.close();
  }
  return header.length + payloadSize;
}
