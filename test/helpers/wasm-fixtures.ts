/**
 * Small wasm fixtures made in the test itself (no committed binaries): from WebAssembly text via
 * wabt, or from raw bytes for what wabt cannot write (components, broken files).
 */
import { writeFile } from 'node:fs/promises';
import { loadWabt, WASM_FEATURES } from '../../src/wasm/validate.js';

/**
 * The smallest valid wasip1 command module, by hand: a type () -> (), one function with an empty
 * body, exported as _start. Enough for image and registry tests that don't run the module.
 */
export const MINIMAL_COMMAND = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
  0x01, 0x04, 0x01, 0x60, 0x00, 0x00, //             type section: 1 type, func () -> ()
  0x03, 0x02, 0x01, 0x00, //                         function section: 1 function of type 0
  0x07, 0x0a, 0x01, 0x06, 0x5f, 0x73, 0x74, 0x61, 0x72, 0x74, 0x00, 0x00, // export "_start" func 0
  0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b, //             code section: 1 body, no locals, end
]);

export async function writeMinimalModule(path: string, padding = 0): Promise<string> {
  // A custom section pads the module when a test wants a larger blob.
  const pad = padding > 0 ? customSection('pad', Buffer.alloc(padding, 0x61)) : Buffer.alloc(0);
  await writeFile(path, Buffer.concat([MINIMAL_COMMAND, pad]));
  return path;
}

export function leb(value: number): Buffer {
  const out: number[] = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value !== 0) byte |= 0x80;
    out.push(byte);
  } while (value !== 0);
  return Buffer.from(out);
}

export function wasmName(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([leb(bytes.length), bytes]);
}

export function section(id: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([id]), leb(payload.length), payload]);
}

export function customSection(name: string, data: Buffer = Buffer.alloc(0)): Buffer {
  return section(0, Buffer.concat([wasmName(name), data]));
}

export const CORE_HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
export const COMPONENT_HEADER = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x0d, 0x00, 0x01, 0x00]);

export async function watToWasm(wat: string, options: { debugNames?: boolean } = {}): Promise<Buffer> {
  const wabt = await loadWabt();
  const module = wabt.parseWat('fixture.wat', wat, WASM_FEATURES);
  try {
    module.resolveNames();
    module.validate();
    return Buffer.from(module.toBinary({ write_debug_names: options.debugNames ?? false }).buffer);
  } finally {
    module.destroy();
  }
}

export const COMMAND_WAT = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  (func $main (export "_start") (local $unused i32) (call $proc_exit (i32.const 0))))`;

export const REACTOR_WAT = `(module
  (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_initialize"))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))`;

export const WASMEDGE_WAT = `(module
  (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
  (import "wasmedge_wasi_socket" "sock_open" (func (param i32 i32 i32) (result i32)))
  (import "wasmedge_wasi_socket" "sock_bind" (func (param i32 i32 i32) (result i32)))
  (import "env" "missing_symbol" (func))
  (import "env" "table" (table 1 funcref))
  (import "env" "mem" (memory 1 2))
  (import "env" "g" (global (mut i32)))
  (func (export "_start")))`;

/** A component preamble with one instance import and one wasi:cli/run export (parseable, not linkable). */
export function componentBytes(): Buffer {
  const imports = section(10, Buffer.concat([leb(2),
    Buffer.from([0x00]), wasmName('wasi:cli/environment@0.2.0'), Buffer.from([0x05]), leb(0),
    // nameattributes 0x02 with a versionsuffix attribute; externtype type (sub resource)
    Buffer.from([0x02]), wasmName('wasi:io/error@0.2.0'), leb(1), Buffer.from([0x01]), wasmName('0'), Buffer.from([0x03, 0x01]),
  ]));
  const exports = section(11, Buffer.concat([leb(2),
    Buffer.from([0x00]), wasmName('wasi:cli/run@0.2.0'), Buffer.from([0x05]), leb(0), Buffer.from([0x00]),
    Buffer.from([0x00]), wasmName('hello'), Buffer.from([0x01]), leb(3), Buffer.from([0x01, 0x01]), leb(2),
  ]));
  return Buffer.concat([COMPONENT_HEADER, customSection('producers', Buffer.from([0])), imports, exports]);
}
