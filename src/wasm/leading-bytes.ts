/**
 * What the first bytes of a file that is not wasm look like, for the NOT_WASM message
 * ("starts with ELF", "is text"). Best effort: names the common mistakes.
 */
export function describeLeadingBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'is empty';
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16));
  const hex = [...head.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  const starts = (sig: number[]): boolean => sig.every((b, i) => head[i] === b);
  if (starts([0x7f, 0x45, 0x4c, 0x46])) return 'starts with ELF (a native Linux executable or object, not WebAssembly)';
  if (starts([0x00, 0x61, 0x6f, 0x74])) return 'starts with \\0aot (a WAMR AOT file, which only WAMR can load)';
  if (starts([0x4d, 0x5a])) return 'starts with MZ (a Windows executable)';
  if (starts([0xcf, 0xfa, 0xed, 0xfe]) || starts([0xce, 0xfa, 0xed, 0xfe]) || starts([0xca, 0xfe, 0xba, 0xbe])) return 'starts with a Mach-O header (a macOS executable)';
  if (starts([0x21, 0x3c, 0x61, 0x72, 0x63, 0x68, 0x3e])) return 'starts with !<arch> (a static library archive, not a linked module)';
  if (starts([0x1f, 0x8b])) return 'starts with gzip magic (a compressed file)';
  if (bytes.length >= 262 && Buffer.from(bytes.buffer, bytes.byteOffset + 257, 5).toString('latin1') === 'ustar') return 'is a tar archive';
  if (isMostlyText(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 64)).toString('utf8').trimStart();
    if (text.startsWith('(module') || text.startsWith('(component')) return 'is WebAssembly text (.wat), not a binary module';
    if (text.startsWith('#!')) return 'is a script (starts with #!)';
    return `is text ("${text.slice(0, 24).replace(/\s+/g, ' ')}...")`;
  }
  return `starts with bytes ${hex} instead of 00 61 73 6d (\\0asm)`;
}

function isMostlyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 512));
  let printable = 0;
  for (const b of sample) if (b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f) || b >= 0x80) printable++;
  return printable === sample.length;
}

