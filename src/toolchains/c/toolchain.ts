import { isAbsolute, join } from 'node:path';
import type { CConfig } from '../../config/config.js';
import { WasmpackError } from '../../errors.js';
import { findOnPath, type Runner } from '../../process/exec.js';
import type { FileProbe } from '../files.js';

/** How a C toolchain was found; decides the target triple and the header/library flags. */
export type CToolchainKind = 'config' | 'wasi-sdk' | 'debian' | 'cc-env';

export interface CToolchain {
  kind: CToolchainKind;
  /** The compiler to run (absolute path, or a name the user gave us). */
  cc: string;
  /** Flags that select the target and its sysroot; the same for every compile. */
  targetFlags: string[];
  /** For people: "clang-16 + wasi-libc (Debian)". */
  description: string;
}

/** Debian's wasi-libc headers (package wasi-libc); Debian's clang knows /usr/lib/wasm32-wasi too. */
export const DEBIAN_WASI_INCLUDE = '/usr/include/wasm32-wasi';

/** Newest first: the first complete Debian clang wins. */
export const DEBIAN_CLANG_VERSIONS = [19, 18, 17, 16, 15, 14];

const DEBIAN_PACKAGES = (v: number | string) => `clang-${v} lld-${v} wasi-libc libclang-rt-${v}-dev-wasm32`;

export interface CToolchainSearch {
  config: CConfig | undefined;
  env: NodeJS.ProcessEnv;
  runner: Runner;
  files: FileProbe;
}

/**
 * Finds a C compiler that can produce wasm32-wasi modules. Order: config.c.cc (the project said
 * so), WASI_SDK_PATH, a Debian clang-NN with wasi-libc and its wasm32 builtins, then CC from the
 * environment (last, because CC usually names the host compiler).
 */
export async function findCToolchain(search: CToolchainSearch): Promise<CToolchain> {
  const { config, env, runner, files } = search;
  if (config?.cc) {
    return { kind: 'config', cc: config.cc, targetFlags: customTargetFlags(config), description: `${config.cc} (c.cc in wasmpack.json)` };
  }
  if (env.WASI_SDK_PATH) return wasiSdk(env.WASI_SDK_PATH, files);

  const problems: string[] = [];
  const debian = await findDebianClang(env, runner, files, problems);
  if (debian) return debian;

  if (env.CC) {
    return { kind: 'cc-env', cc: env.CC, targetFlags: customTargetFlags(config), description: `${env.CC} (CC)` };
  }
  const found = problems.length > 0 ? ` Found, but incomplete: ${problems.join('; ')}.` : ' No clang-NN or clang is on PATH.';
  throw new WasmpackError(
    'C_TOOLCHAIN_MISSING',
    `No C compiler for wasm32-wasi was found.${found}`,
    `install Debian's toolchain (apt-get install ${DEBIAN_PACKAGES(16)}), or set WASI_SDK_PATH to a wasi-sdk directory, or set CC / c.cc in wasmpack.json`,
  );
}

async function wasiSdk(root: string, files: FileProbe): Promise<CToolchain> {
  const cc = join(root, 'bin', 'clang');
  const sysroot = join(root, 'share', 'wasi-sysroot');
  const missing = [];
  if (!(await files.exists(cc))) missing.push(cc);
  if (!(await files.isDirectory(sysroot))) missing.push(sysroot);
  if (missing.length > 0) {
    throw new WasmpackError(
      'C_TOOLCHAIN_MISSING',
      `WASI_SDK_PATH is set to ${root}, but ${missing.join(' and ')} ${missing.length > 1 ? 'do' : 'does'} not exist.`,
      'point WASI_SDK_PATH at an unpacked wasi-sdk release (it has bin/clang and share/wasi-sysroot), or unset it to use Debian\'s clang',
    );
  }
  // wasi-sdk 22+ names the target wasm32-wasip1; older releases only know wasm32-wasi.
  const target = (await files.isDirectory(join(sysroot, 'lib', 'wasm32-wasip1'))) ? 'wasm32-wasip1' : 'wasm32-wasi';
  return { kind: 'wasi-sdk', cc, targetFlags: [`--target=${target}`, `--sysroot=${sysroot}`], description: `wasi-sdk clang ${target} (${root})` };
}

/**
 * A Debian clang is complete when its wasm32 builtins exist (libclang-rt-NN-dev-wasm32; without
 * them linking fails with "cannot open .../libclang_rt.builtins-wasm32.a"), its wasm-ld exists
 * (lld-NN) and wasi-libc's headers are installed. clang itself says where it expects both tools.
 */
async function findDebianClang(env: NodeJS.ProcessEnv, runner: Runner, files: FileProbe, problems: string[]): Promise<CToolchain | undefined> {
  const names = [...DEBIAN_CLANG_VERSIONS.map((v) => `clang-${v}`), 'clang'];
  const hasWasiLibc = await files.exists(join(DEBIAN_WASI_INCLUDE, 'stdio.h'));
  for (const name of names) {
    const cc = await findOnPath(name, env);
    if (!cc) continue;
    const builtins = (await runner(cc, ['--target=wasm32-wasi', '-print-libgcc-file-name'], { env })).stdout.trim();
    const linker = (await runner(cc, ['-print-prog-name=wasm-ld'], { env })).stdout.trim();
    const version = name.match(/\d+$/)?.[0] ?? builtins.match(/llvm-(\d+)/)?.[1] ?? 'NN';
    const missing: string[] = [];
    if (!builtins || !(await files.exists(builtins))) missing.push(`libclang-rt-${version}-dev-wasm32 (${builtins || 'wasm32 builtins'})`);
    if (!isAbsolute(linker) || !(await files.exists(linker))) missing.push(`lld-${version} (wasm-ld)`);
    if (!hasWasiLibc) missing.push(`wasi-libc (${DEBIAN_WASI_INCLUDE})`);
    if (missing.length > 0) {
      problems.push(`${name} lacks ${missing.join(', ')}`);
      continue;
    }
    return {
      kind: 'debian',
      cc,
      // Debian's layout only knows the old triple; -nostdlibinc keeps glibc's /usr/include out,
      // so a missing wasi header is reported as missing instead of as a confusing glibc error.
      targetFlags: ['--target=wasm32-wasi', '-nostdlibinc', '-isystem', DEBIAN_WASI_INCLUDE],
      description: `${name} + wasi-libc (Debian)`,
    };
  }
  return undefined;
}

/** A compiler we know nothing about gets only the target, unless the project's cflags choose one. */
function customTargetFlags(config: CConfig | undefined): string[] {
  const chosen = (config?.cflags ?? []).some((f) => f === '-target' || f.startsWith('--target=') || f.startsWith('-target='));
  return chosen ? [] : ['--target=wasm32-wasi'];
}

export interface CompileRequest {
  sources: readonly string[];
  output: string;
  release: boolean;
  config: CConfig | undefined;
  /** Project dir, to make include dirs absolute. */
  dir: string;
}

/**
 * The whole compile-and-link command line. Release is -O2 only: stripping is a separate step of
 * the pipeline so the unstripped module can still be kept for debugging.
 */
export function clangArguments(toolchain: CToolchain, request: CompileRequest): string[] {
  const config = request.config ?? {};
  return [
    ...toolchain.targetFlags,
    ...(request.release ? ['-O2'] : ['-O0', '-g']),
    ...(config.defines ?? []).map((d) => `-D${d}`),
    ...(config.includeDirs ?? []).map((d) => `-I${isAbsolute(d) ? d : join(request.dir, d)}`),
    ...(config.cflags ?? []),
    ...request.sources,
    '-o',
    request.output,
    ...(config.ldflags ?? []),
  ];
}
