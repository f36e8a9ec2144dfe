import { WasmpackError } from '../../errors.js';
import type { Runner } from '../../process/exec.js';
import type { Component } from '../inventory.js';
import { golangPurl } from './purl.js';

// Go and TinyGo: wasip1 modules carry no go:buildinfo (`go version -m` finds nothing), so the
// module list comes from the build's own go command: `go list -m -json all`.
// https://go.dev/ref/mod#go-list-m

interface GoModule {
  Path: string;
  Version?: string;
  Main?: boolean;
  Indirect?: boolean;
  Replace?: { Path: string; Version?: string };
}

export interface GoDependencies {
  components: Component[];
  direct: string[];
  /** The main module's path (the module's name in the SBOM). */
  main?: string;
}

/** The concatenated JSON objects `go list -m -json` prints, one module each. */
export function parseGoModules(text: string): GoModule[] {
  const modules: GoModule[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' && depth++ === 0) start = i;
    else if (ch === '}' && --depth === 0) modules.push(JSON.parse(text.slice(start, i + 1)) as GoModule);
  }
  return modules;
}

export function goComponents(modules: readonly GoModule[]): GoDependencies {
  const main = modules.find((m) => m.Main);
  const components = modules
    .filter((m) => !m.Main)
    .map((m): Component => {
      // A replaced module is built from its replacement: that is what the purl must name.
      const path = m.Replace?.Version ? m.Replace.Path : m.Path;
      const version = m.Replace ? m.Replace.Version : m.Version;
      return {
        ref: `golang:${m.Path}@${m.Version ?? ''}`,
        kind: 'library',
        name: path,
        ...(version ? { version } : {}),
        purl: golangPurl(path, version),
        source: m.Replace && !m.Replace.Version ? `replaced by ${m.Replace.Path}` : `https://pkg.go.dev/${path}${version ? `@${version}` : ''}`,
      };
    });
  const direct = modules.filter((m) => !m.Main && !m.Indirect).map((m) => `golang:${m.Path}@${m.Version ?? ''}`);
  return { components, direct, ...(main ? { main: main.Path } : {}) };
}

export async function goDependencies(runner: Runner, go: { command: string; env: NodeJS.ProcessEnv }, dir: string): Promise<GoDependencies> {
  const result = await runner(go.command, ['list', '-m', '-json', 'all'], { cwd: dir, env: go.env });
  if (result.code !== 0) {
    throw new WasmpackError('SBOM_GO_LIST', `listing the Go modules for the SBOM failed (${go.command} list -m -json all exited with ${result.code}):\n${result.stderr.trim()}`, 'run `go mod tidy` so go.mod and go.sum are complete, or build with --sbom none');
  }
  return goComponents(parseGoModules(result.stdout));
}

/** Go's standard library is compiled into every module: pkg:golang/stdlib@go1.23.5 (what scanners match Go advisories on). */
export function goStdlib(toolchain: string): Component | undefined {
  const version = /\bgo(\d+\.\d+(?:\.\d+)?)\b/.exec(toolchain)?.[1];
  return version ? { ref: 'golang:stdlib', kind: 'library', name: 'stdlib', version: `go${version}`, purl: golangPurl('stdlib', `go${version}`), source: 'https://go.dev/dl/' } : undefined;
}
