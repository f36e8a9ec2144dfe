import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Runner } from '../../process/exec.js';
import { findSources } from '../../toolchains/sources.js';
import type { Component, Tool } from '../inventory.js';
import { debianPurl, genericPurl } from './purl.js';

// C has no manifest: the SBOM names the compiler, the libc linked in (Debian's wasi-libc package,
// or a wasi-sdk's), and the project's own sources and headers by their sha256.

export interface CInputs {
  compiler: string;
  env: NodeJS.ProcessEnv;
  sources: string[];
  wasiSdk?: string;
}

export interface CDependencies {
  components: Component[];
  direct: string[];
  tools: Tool[];
}

export async function cDependencies(runner: Runner, dir: string, c: CInputs): Promise<CDependencies> {
  const [compiler, libc, files] = await Promise.all([compilerTool(runner, c), libcComponent(runner, c), sourceComponents(dir, c.sources)]);
  const components = [...files, ...(libc ? [libc] : [])];
  return { components, direct: components.map((x) => x.ref), tools: compiler ? [compiler] : [] };
}

/** "clang version 16.0.6 (15)" -> clang 16.0.6; Apple's and Debian's spellings alike. */
export function parseCompilerVersion(text: string): Tool | undefined {
  const m = /^(?:.*?\s)?(clang|gcc)\s+version\s+(\d+(?:\.\d+)*)/m.exec(text);
  return m ? { name: m[1]!, version: m[2]! } : undefined;
}

async function compilerTool(runner: Runner, c: CInputs): Promise<Tool | undefined> {
  const result = await runner(c.compiler, ['--version'], { env: c.env }).catch(() => undefined);
  return result?.code === 0 ? (parseCompilerVersion(result.stdout) ?? { name: c.compiler }) : { name: c.compiler };
}

/** Debian's wasi-libc by its package version (dpkg), or a wasi-sdk by its VERSION file. */
async function libcComponent(runner: Runner, c: CInputs): Promise<Component | undefined> {
  if (c.wasiSdk) {
    const text = await readFile(join(c.wasiSdk, 'VERSION'), 'utf8').catch(() => '');
    const version = /^(?:wasi-sdk[:\s]*)?(\d+(?:\.\d+)*\S*)/m.exec(text.trim())?.[1];
    return { ref: 'c:wasi-sdk', kind: 'library', name: 'wasi-sdk', ...(version ? { version } : {}), purl: genericPurl('wasi-sdk', version), source: c.wasiSdk };
  }
  const result = await runner('dpkg-query', ['-W', '-f', '${Version} ${Architecture}', 'wasi-libc'], { env: c.env }).catch(() => undefined);
  const [version, arch] = result?.code === 0 ? result.stdout.trim().split(' ') : [];
  if (!version) return undefined;
  return { ref: 'c:wasi-libc', kind: 'library', name: 'wasi-libc', version, purl: debianPurl('wasi-libc', version, arch || 'all'), source: 'https://packages.debian.org/wasi-libc' };
}

/** The compiled sources and the project's headers, each by its sha256. */
async function sourceComponents(dir: string, sources: readonly string[]): Promise<Component[]> {
  const headers = await findSources(dir, ['**/*.h']);
  const files = [...new Set([...sources, ...headers])].sort();
  return Promise.all(
    files.map(async (file): Promise<Component> => {
      const bytes = await readFile(join(dir, file));
      return { ref: `file:${file}`, kind: 'file', name: file, checksums: [{ algorithm: 'SHA256', value: createHash('sha256').update(bytes).digest('hex') }] };
    }),
  );
}
