#!/usr/bin/env node
/**
 * wamrcDouble: a TEST DOUBLE for WAMR's wamrc, for unit tests only. It is not a compiler: it
 * checks the command line the way wamrc does and writes an .aot whose first 64 bytes look like
 * real wamrc output (magic, format version, target-info section), followed by a marker instead
 * of native code. Nothing it writes can run.
 *
 * CLI shape (the real one): `wamrc [options] -o output.aot input.wasm`, `wamrc --version`.
 * Environment knobs:
 *   WAMRC_DOUBLE_VERSION  what --version reports (default 2.4.1); the format version follows WAMR's table
 *   WAMRC_DOUBLE_FORMAT   force the format version written
 *   WAMRC_DOUBLE_FAULT    bad-magic | truncated | wrong-version | wrong-machine | no-output | fail
 *   WAMRC_DOUBLE_LOG      append each invocation's argv (one JSON line) to this file
 *
 * The layout follows WAMR's aot_emit_aot_file.c (file header + target-info section); this file
 * writes it independently of src/wasm/aot-header.ts, which reads it.
 */
import { appendFileSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WAMRC_DOUBLE_PATH = fileURLToPath(import.meta.url);

interface TargetInfo {
  machine: number;
  arch: string;
  is64: boolean;
}

const HOST: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64v8', ia32: 'i386', arm: 'armv7', riscv64: 'riscv64' };

function targetInfo(target: string): TargetInfo | undefined {
  if (target === 'x86_64') return { machine: 62, arch: 'x86_64', is64: true };
  if (target === 'i386') return { machine: 3, arch: 'i386', is64: false };
  // wamrc rewrites a bare "aarch64" to "aarch64v8".
  if (target === 'aarch64') return { machine: 183, arch: 'aarch64v8', is64: true };
  if (/^aarch64v8(\.[1-5])?$/.test(target)) return { machine: 183, arch: target, is64: true };
  if (/^(arm|thumb)v[4-8]/.test(target)) return { machine: 40, arch: target, is64: false };
  if (target === 'riscv64' || target === 'riscv32') return { machine: 243, arch: target, is64: target === 'riscv64' };
  if (target === 'xtensa') return { machine: 94, arch: target, is64: false };
  if (target === 'mips') return { machine: 8, arch: target, is64: false };
  return undefined;
}

/** The double's own copy of WAMR's AOT_CURRENT_VERSION per release. */
function formatFor(version: string): number {
  const [a = 0, b = 0, c = 0] = version.split('.').map(Number);
  const v = a * 1e6 + b * 1e3 + c;
  if (v < 2_003_000) return 3;
  if (v <= 2_004_000) return 4;
  return 5;
}

export interface FakeAotOptions {
  formatVersion: number;
  machine: number;
  arch: string;
  is64?: boolean;
  /** Write WAMR 1.x's shorter target-info section (u32 reserved, no feature flags). */
  legacyLayout?: boolean;
  magic?: Buffer;
}

/** The bytes of an .aot start as wamrc writes them, plus a marker where the code would be. */
export function fakeAotBytes(options: FakeAotOptions): Buffer {
  const arch = Buffer.alloc(16);
  arch.write(options.arch.slice(0, 15), 'latin1');
  const fixed = Buffer.alloc(16);
  fixed.writeUInt16LE(options.is64 === false ? 0 : 2, 0); // bin_type: ELF32L = 0, ELF64L = 2
  fixed.writeUInt16LE(0, 2); // abi_type
  fixed.writeUInt16LE(1, 4); // e_type: relocatable
  fixed.writeUInt16LE(options.machine, 6);
  fixed.writeUInt32LE(1, 8); // e_version
  fixed.writeUInt32LE(0, 12); // e_flags
  const middle = options.legacyLayout ? Buffer.alloc(4) : Buffer.alloc(16); // (feature_flags, reserved) or reserved
  if (!options.legacyLayout) middle.writeBigUInt64LE(0x4n, 0);
  const section = Buffer.concat([fixed, middle, arch]);
  const head = Buffer.alloc(16);
  (options.magic ?? Buffer.from([0, 0x61, 0x6f, 0x74])).copy(head, 0);
  head.writeUInt32LE(options.formatVersion, 4);
  head.writeUInt32LE(0, 8); // section: target info
  head.writeUInt32LE(section.length, 12);
  return Buffer.concat([head, section, Buffer.from('\nWAMRC DOUBLE: no native code here\n')]);
}

/** Runs the double with `argv` (no node/script prefix); returns the exit code. */
export function wamrcDoubleMain(argv: string[], env: NodeJS.ProcessEnv, out: (s: string) => void, err: (s: string) => void): number {
  if (env.WAMRC_DOUBLE_LOG) appendFileSync(env.WAMRC_DOUBLE_LOG, `${JSON.stringify(argv)}\n`);
  const version = env.WAMRC_DOUBLE_VERSION ?? '2.4.1';
  const usage = 'Usage: wamrc [options] -o output_file wasm_file\n';
  const options = new Map<string, string>();
  let output: string | undefined;
  let input: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--version') {
      out(`wamrc ${version}\n`);
      return 0;
    }
    if (arg === '-o') {
      output = argv[++i];
      if (output === undefined) {
        err(usage);
        return 1;
      }
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      options.set(eq < 0 ? arg : arg.slice(0, eq), eq < 0 ? '' : arg.slice(eq + 1));
    } else if (arg.startsWith('-')) {
      err(`unknown option ${arg}\n${usage}`);
      return 1;
    } else if (input === undefined) {
      input = arg;
    } else {
      err(usage);
      return 1;
    }
  }
  if (!output || !input) {
    err(usage);
    return 1;
  }
  const fault = env.WAMRC_DOUBLE_FAULT ?? '';
  if (fault === 'fail') {
    err('Error: wamrc double asked to fail (WAMRC_DOUBLE_FAULT=fail)\n');
    return 1;
  }
  let wasm: Buffer;
  try {
    wasm = readFileSync(input);
  } catch {
    err(`Error: read file ${input} failed.\n`);
    return 1;
  }
  if (!wasm.subarray(0, 4).equals(Buffer.from([0, 0x61, 0x73, 0x6d]))) {
    err('Error: magic header not detected\n');
    return 1;
  }
  const target = options.get('--target');
  const cpu = options.get('--cpu');
  // The same refusals as aot_llvm.c aot_create_comp_context.
  if (options.has('--cpu-features') && !cpu) {
    err("Error: cpu isn't specified for cpu features.\n");
    return 1;
  }
  if (cpu && target === undefined) {
    err(`Error: target isn't specified for cpu ${cpu}.\n`);
    return 1;
  }
  const info = targetInfo(target ?? HOST[process.arch] ?? 'x86_64');
  if (!info) {
    err(`Error: Invalid target. Use --target=help to list all the supported targets\n`);
    return 1;
  }
  if (fault === 'no-output') return 0;
  const formatVersion = env.WAMRC_DOUBLE_FORMAT ? Number(env.WAMRC_DOUBLE_FORMAT) : formatFor(version);
  let bytes = fakeAotBytes({
    formatVersion: fault === 'wrong-version' ? formatVersion + 1 : formatVersion,
    machine: fault === 'wrong-machine' ? (info.machine === 62 ? 183 : 62) : info.machine,
    arch: fault === 'wrong-machine' ? (info.machine === 62 ? 'aarch64v8' : 'x86_64') : info.arch,
    is64: info.is64,
    ...(fault === 'bad-magic' ? { magic: Buffer.from([0, 0x61, 0x73, 0x6d]) } : {}),
  });
  if (fault === 'truncated') bytes = bytes.subarray(0, 30);
  writeFileSync(output, bytes);
  out(`Compile success, file ${output} was generated.\n`);
  return 0;
}

/**
 * Writes an executable `wamrc` into `dir` that runs this double with the current node, so tests
 * exercise the real process runner and PATH lookup. Returns its path.
 */
export function installWamrcDouble(dir: string): string {
  const path = join(dir, 'wamrc');
  writeFileSync(path, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(WAMRC_DOUBLE_PATH)} "$@"\n`);
  chmodSync(path, 0o755);
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = wamrcDoubleMain(process.argv.slice(2), process.env, (s) => process.stdout.write(s), (s) => process.stderr.write(s));
}
