import { writeFile } from 'node:fs/promises';

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

export function customSection(name: string, payload: Buffer): Buffer {
  const nameBytes = Buffer.from(name);
  const body = Buffer.concat([leb(nameBytes.length), nameBytes, payload]);
  return Buffer.concat([Buffer.from([0]), leb(body.length), body]);
}

function leb(n: number): Buffer {
  const out: number[] = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
