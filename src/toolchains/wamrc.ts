import { createReadStream } from 'node:fs';
import { access, constants, mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { WasmpackError } from '../errors.js';
import { aotFormatSummary, compatibleRuntimes, formatForWamrVersion, type AotBuild } from '../oci/aot-image.js';
import { sha256Stream } from '../oci/digest.js';
import { machineName, readAotHeader, ElfMachine } from '../wasm/aot-header.js';
import { findOnPath, runChecked, type Runner } from '../process/exec.js';

export { compatibleRuntimes } from '../oci/aot-image.js';

/*
 * Ahead-of-time compilation with WAMR's wamrc (`wamrc [options] -o out.aot in.wasm`).
 * Three facts shape this module:
 *  - the runtime accepts only its own AOT format version, so we read it from the header and record it;
 *  - wamrc's CPU defaults to the build host's and the loader checks no CPU features, so we always
 *    name a baseline CPU unless asked otherwise;
 *  - only WAMR can run an .aot, so the result never replaces the portable module (src/oci/aot-image.ts).
 */

const WAMR_HINT =
  "wamrc is WAMR's ahead-of-time compiler: build it from the wamr-compiler directory of " +
  'https://github.com/bytecodealliance/wasm-micro-runtime (see wamr-compiler/README.md) or take it from a WAMR release tarball ' +
  '(wamrc-<version>-<platform>.tar.gz), then set WAMRC=/path/to/wamrc, "aot": {"wamrc": ...} in wasmpack.json, or put it on PATH. ' +
  'Run the result with iwasm/libiwasm from the SAME WAMR release: the AOT format version must match exactly ' +
  `(${aotFormatSummary()}).`;

// --- finding wamrc and its version --------------------------------------------------------------

/** Finds wamrc: the WAMRC env var, then the config file (aot.wamrc), then PATH. */
export async function findWamrc(options: { explicit?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const env = options.env ?? process.env;
  const candidates: Array<[string, string]> = [];
  if (env.WAMRC) candidates.push([env.WAMRC, `WAMRC=${env.WAMRC}`]);
  if (options.explicit) candidates.push([options.explicit, `aot.wamrc "${options.explicit}" in wasmpack.json`]);
  for (const [path, source] of candidates) {
    const found = await findOnPath(path, env);
    if (found) return found;
    throw new WasmpackError('WAMRC_NOT_FOUND', `wamrc was not found: ${source} is not an executable file.`, WAMR_HINT);
  }
  const onPath = await findOnPath('wamrc', env);
  if (onPath) return onPath;
  throw new WasmpackError('WAMRC_NOT_FOUND', '--aot needs wamrc, which is not on PATH and neither WAMRC nor aot.wamrc is set.', WAMR_HINT);
}

export interface WamrcVersion {
  /** "2.4.1", or "unknown" when `wamrc --version` printed nothing we recognise. */
  version: string;
  major?: number;
  minor?: number;
  patch?: number;
  /** The AOT format version this release writes; undefined when we do not know the release. */
  formatVersion?: number;
  /** Header versions that are consistent with this wamrc (normally just formatVersion). */
  acceptedFormats: number[];
  /** Why the table gave no single answer, for the build summary. */
  note?: string;
}

/** Maps a WAMR release to the AOT format version its wamrc writes (one table: src/oci/aot-image.ts). */
export { formatForWamrVersion };

/** Parses `wamrc --version` ("wamrc 2.4.1", "wamrc v2.4.1", "WAMR 2.4.1 ..."). */
export function parseWamrcVersion(output: string): WamrcVersion {
  const match = /\bwamrc\s+v?(\d+)\.(\d+)\.(\d+)/i.exec(output) ?? /\bv?(\d+)\.(\d+)\.(\d+)\b/.exec(output);
  if (!match) {
    return { version: 'unknown', acceptedFormats: [], note: `could not read a version from \`wamrc --version\` (${JSON.stringify(output.trim().slice(0, 80))}); the AOT format version is taken from the .aot header` };
  }
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return { version: `${major}.${minor}.${patch}`, major, minor, patch, ...formatForWamrVersion(major, minor, patch) };
}

/** Runs `wamrc --version`. A wamrc too old to know --version gives version "unknown", not an error. */
export async function wamrcVersion(runner: Runner, path: string, options: { env?: NodeJS.ProcessEnv } = {}): Promise<WamrcVersion> {
  const result = await runner(path, ['--version'], { env: options.env });
  if (result.code !== 0) return parseWamrcVersion('');
  return parseWamrcVersion(`${result.stdout}\n${result.stderr}`);
}

// --- targets ------------------------------------------------------------------------------------

export interface AotTarget {
  /** Friendly name, used in tags and annotations: x86_64, aarch64, ... */
  name: string;
  /** wamrc --target value. */
  wamrcTarget: string;
  /** wamrc --target-abi, when the default (gnu) is wrong for Linux on that architecture. */
  abi?: string;
  /** The portable baseline CPU, an LLVM CPU name. */
  baselineCpu: string;
  /** Features that baseline needs to match what Linux distributions require. */
  baselineFeatures?: string;
  /** Acceptable ELF e_machine values in the header. */
  machines: number[];
  /** The header arch string starts with this. */
  archPrefix: string;
}

/*
 * Baseline CPUs (the "portable by default" choice, recorded in dev.wasmpack.aot.cpu):
 *  - x86_64: LLVM "x86-64" = the original AMD64 ISA (SSE2), runs on every x86-64 machine.
 *    wamrc with --target but no --cpu passes an empty CPU to LLVM (also generic), but naming it
 *    makes the choice visible; with neither, wamrc uses the host CPU AND its feature string.
 *  - aarch64: wamrc's name is aarch64v8 (it rewrites "aarch64" to it); LLVM "generic" = plain ARMv8.0-A.
 *  - i386: "i686" (P6, no SSE) so old 32-bit machines load it.
 *  - arm: armv7 hard-float (Linux armhf; plain "arm" would mean armv4 in wamrc), "generic" CPU.
 *  - riscv64: RV64GC with the lp64d ABI, what Linux distributions require (WAMR's own test suite
 *    uses --cpu=generic-rv64 --cpu-features=+m,+a,+c,+f,+d for this ABI).
 */
const TARGETS: Record<string, AotTarget> = {
  x86_64: { name: 'x86_64', wamrcTarget: 'x86_64', baselineCpu: 'x86-64', machines: [ElfMachine.x86_64, ElfMachine.winX86_64], archPrefix: 'x86_64' },
  aarch64: { name: 'aarch64', wamrcTarget: 'aarch64v8', baselineCpu: 'generic', machines: [ElfMachine.aarch64], archPrefix: 'aarch64' },
  i386: { name: 'i386', wamrcTarget: 'i386', baselineCpu: 'i686', machines: [ElfMachine.i386, ElfMachine.winI386], archPrefix: 'i386' },
  arm: { name: 'arm', wamrcTarget: 'armv7', abi: 'gnueabihf', baselineCpu: 'generic', machines: [ElfMachine.arm], archPrefix: 'armv7' },
  riscv64: { name: 'riscv64', wamrcTarget: 'riscv64', abi: 'lp64d', baselineCpu: 'generic-rv64', baselineFeatures: '+m,+a,+c,+f,+d', machines: [ElfMachine.riscv], archPrefix: 'riscv64' },
};

const ALIASES: Record<string, string> = {
  amd64: 'x86_64',
  x64: 'x86_64',
  'x86-64': 'x86_64',
  arm64: 'aarch64',
  aarch64v8: 'aarch64',
  x86: 'i386',
  ia32: 'i386',
  i686: 'i386',
  armv7: 'arm',
  armhf: 'arm',
};

/** Node's process.arch -> our target name. */
const NODE_ARCH: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i386', arm: 'arm', riscv64: 'riscv64' };

export function aotTargetNames(): string[] {
  return Object.keys(TARGETS);
}

/** Resolves a user's target name (x86_64, amd64, aarch64, arm64, aarch64v8.2, ...). */
export function resolveAotTarget(name: string): AotTarget {
  const key = name.trim().toLowerCase();
  const canonical = TARGETS[key] ?? TARGETS[ALIASES[key] ?? ''];
  if (canonical) return canonical;
  // A specific AArch64 revision keeps the friendly family name in tags but compiles for it.
  const revision = /^aarch64v8\.([1-5])$/.exec(key);
  if (revision) return { ...TARGETS.aarch64!, name: key, wamrcTarget: key };
  throw new WasmpackError(
    'AOT_UNKNOWN_TARGET',
    `"${name}" is not an AOT target wasmpack knows (known: ${aotTargetNames().join(', ')}; aliases: ${Object.keys(ALIASES).join(', ')}; also aarch64v8.1-aarch64v8.5).`,
    'use one of those names in --aot-target; pass anything more exotic through aot.flags in wasmpack.json at your own risk',
  );
}

/** The target matching the machine wasmpack runs on. */
export function hostAotTarget(arch: string = process.arch): AotTarget {
  const name = NODE_ARCH[arch];
  if (!name) throw new WasmpackError('AOT_UNKNOWN_TARGET', `this machine's architecture (${arch}) has no WAMR AOT target wasmpack knows`, 'pass --aot-target explicitly');
  return TARGETS[name]!;
}

// --- flags --------------------------------------------------------------------------------------

export interface AotCodeOptions {
  /** undefined: the portable baseline; "native": the build host's CPU and features; else an LLVM CPU name. */
  cpu?: string;
  /** wamrc --cpu-features (+feat,-feat), replacing the baseline's. */
  cpuFeatures?: string;
  optLevel?: number;
  sizeLevel?: number;
  boundsChecks?: boolean;
  /** Extra wamrc flags, passed through as is (config aot.flags). */
  extraFlags?: string[];
}

export interface WamrcArgsOptions extends AotCodeOptions {
  target: AotTarget | string;
  output: string;
  input: string;
  /** process.arch of the build host, for "native" (default: this process's). */
  hostArch?: string;
}

export interface WamrcArgs {
  /** The whole argument list. */
  args: string[];
  /** args without -o and the paths: what is recorded in the image. */
  flags: string[];
  /** What is recorded as dev.wasmpack.aot.cpu. */
  cpu: string;
  target: AotTarget;
}

// Flags wasmpack sets itself: a pass-through copy would silently defeat the header checks.
const RESERVED_FLAGS = ['-o', '--target', '--target-abi', '--cpu', '--cpu-features', '--format', '--opt-level', '--size-level', '--bounds-checks'];

function level(name: string, value: number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > 3) {
    throw new WasmpackError('AOT_BAD_OPTION', `${name} must be 0, 1, 2 or 3, not ${value}`, `fix --aot-${name}`);
  }
  return value;
}

/** Builds wamrc's command line for one target. */
export function wamrcArgs(options: WamrcArgsOptions): WamrcArgs {
  const target = typeof options.target === 'string' ? resolveAotTarget(options.target) : options.target;
  const optLevel = level('opt-level', options.optLevel);
  const sizeLevel = level('size-level', options.sizeLevel);
  for (const flag of options.extraFlags ?? []) {
    const name = flag.split('=')[0]!;
    if (RESERVED_FLAGS.includes(name)) {
      throw new WasmpackError('AOT_BAD_OPTION', `the extra wamrc flag "${flag}" would override a flag wasmpack sets and checks`, `use the matching --aot-* option instead of passing ${name} in aot.flags`);
    }
  }
  const flags: string[] = [];
  let cpu: string;
  if (options.cpu === 'native') {
    const host = hostAotTarget(options.hostArch);
    if (host.name !== target.name && host.wamrcTarget !== target.wamrcTarget) {
      throw new WasmpackError('AOT_BAD_OPTION', `--aot-cpu native means "this machine's CPU", which is ${host.name}, but the target is ${target.name}`, 'name a CPU for cross-compiling (e.g. --aot-cpu cortex-a72), or drop --aot-cpu for the portable baseline');
    }
    if (options.cpuFeatures) {
      throw new WasmpackError('AOT_BAD_OPTION', '--aot-cpu native takes the host CPU features; --aot-cpu-features (aot.cpuFeatures) cannot be added to it', 'name the CPU instead of native to adjust its features');
    }
    // With neither --target nor --cpu, wamrc uses the host triple, CPU and its real feature string.
    cpu = 'native';
  } else {
    cpu = options.cpu ?? target.baselineCpu;
    flags.push(`--target=${target.wamrcTarget}`);
    if (target.abi) flags.push(`--target-abi=${target.abi}`);
    flags.push(`--cpu=${cpu}`);
    const features = options.cpuFeatures ?? (options.cpu === undefined ? target.baselineFeatures : undefined);
    if (features) flags.push(`--cpu-features=${features}`);
  }
  if (optLevel !== undefined) flags.push(`--opt-level=${optLevel}`);
  if (sizeLevel !== undefined) flags.push(`--size-level=${sizeLevel}`);
  if (options.boundsChecks !== undefined) flags.push(`--bounds-checks=${options.boundsChecks ? 1 : 0}`);
  flags.push(...(options.extraFlags ?? []));
  return { args: [...flags, '-o', options.output, options.input], flags, cpu, target };
}

// --- compile ------------------------------------------------------------------------------------

export interface CompileAotOptions extends AotCodeOptions {
  runner: Runner;
  /** Path of wamrc (findWamrc). */
  wamrc: string;
  /** The validated .wasm. */
  module: string;
  /** Base name of the outputs (default: the module's file name without .wasm). */
  name?: string;
  /** Friendly target names; empty = the build host's architecture. */
  targets: string[];
  workDir: string;
  /** Already read with wamrcVersion(), to save a run. */
  version?: WamrcVersion;
  /** sha256 of `module`, when the caller has it: the file is then not read again to hash it. */
  moduleDigest?: string;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  hostArch?: string;
}

/** An AotBuild whose bytes are the file at `path` (pipeline/aot.ts adds the opener). */
export interface AotResult extends Omit<AotBuild, 'open'> {
  path: string;
  target: string;
  /** What wamrc was told (--target value; the host's for native). */
  wamrcTarget: string;
  cpu: string;
  flags: string[];
  wamrcVersion: string;
  formatVersion: number;
  /** ELF e_machine from the header. */
  machine: number;
  /** The header's arch string ("x86_64", "aarch64v8"). */
  arch: string;
  moduleDigest: string;
  /** sha256 and size of the .aot itself. */
  digest: string;
  size: number;
  /** Which WAMR loads it. */
  runtimes: string;
  note?: string;
}

/** Compiles `module` with wamrc once per target and checks each header before trusting it. */
export async function compileAot(options: CompileAotOptions): Promise<AotResult[]> {
  const version = options.version ?? (await wamrcVersion(options.runner, options.wamrc, { env: options.env }));
  // The pipeline knows the digest already (it hashed the module while writing it for wamrc).
  const moduleDigest = options.moduleDigest ?? (await sha256Stream(createReadStream(options.module))).digest;
  const name = options.name ?? basename(options.module).replace(/\.wasm$/, '');
  const requested = options.targets.length ? options.targets.map(resolveAotTarget) : [hostAotTarget(options.hostArch)];
  const targets = [...new Map(requested.map((t) => [t.name, t])).values()];
  const outDir = join(options.workDir, 'aot');
  await mkdir(outDir, { recursive: true });
  const results: AotResult[] = [];
  for (const target of targets) {
    const output = join(outDir, `${name}-${target.name}.aot`);
    const built = wamrcArgs({ ...options, target, output, input: options.module });
    // A stale .aot from an earlier run must not pass for this run's output.
    await rm(output, { force: true });
    await runChecked(options.runner, options.wamrc, built.args, {
      env: options.env,
      signal: options.signal,
      errorCode: 'AOT_COMPILE_FAILED',
      what: `compiling ${basename(options.module)} ahead of time for ${target.name} (wamrc ${built.flags.join(' ')})`,
      hint: 'check the wamrc output above; if the target or CPU is rejected, run `wamrc --target=help` / `wamrc --cpu=help`',
    });
    await access(output, constants.R_OK).catch(() => {
      throw new WasmpackError('AOT_COMPILE_FAILED', `wamrc exited successfully but wrote no ${output}`, 'run the wamrc command by hand to see what it did');
    });
    const header = await readAotHeader(output);
    checkMachine(header.machine, header.arch, target, output);
    checkFormat(header.formatVersion, version, output);
    const { digest, size } = await sha256Stream(createReadStream(output));
    const result: AotResult = {
      path: output,
      target: target.name,
      wamrcTarget: built.cpu === 'native' ? header.arch : target.wamrcTarget,
      cpu: built.cpu,
      flags: built.flags,
      wamrcVersion: version.version,
      formatVersion: header.formatVersion,
      machine: header.machine,
      arch: header.arch,
      moduleDigest,
      digest,
      size,
      runtimes: compatibleRuntimes(header.formatVersion).text,
    };
    if (version.note) result.note = version.note;
    results.push(result);
  }
  return results;
}

function checkMachine(machine: number, arch: string, target: AotTarget, path: string): void {
  if (target.machines.includes(machine) && arch.startsWith(target.archPrefix)) return;
  throw new WasmpackError(
    'AOT_WRONG_MACHINE',
    `${path} holds code for ${machineName(machine)} (e_machine ${machine}, arch "${arch}"), but ${target.name} was requested (e_machine ${target.machines.join(' or ')}, arch ${target.archPrefix}*)`,
    'wamrc ignored or misread --target: check that it is a WAMR wamrc built with that LLVM backend (`wamrc --target=help`)',
  );
}

function checkFormat(formatVersion: number, version: WamrcVersion, path: string): void {
  if (version.acceptedFormats.length === 0 || version.acceptedFormats.includes(formatVersion)) return;
  throw new WasmpackError(
    'AOT_VERSION_MISMATCH',
    `${path} has AOT format version ${formatVersion}, but wamrc ${version.version} should write ${version.acceptedFormats.join(' or ')}; an image recording the wrong version would fail at run time with "unknown binary version".`,
    'the wamrc binary and its --version disagree (a patched or mislabelled build?): use a wamrc from a WAMR release, and the iwasm from the same release',
  );
}

