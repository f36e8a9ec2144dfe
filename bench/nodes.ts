/**
 * Section 6 of the benchmark: the same commands on node 20, 22 and 24, in turns, so what a node
 * version buys (or costs) is measured beside the rest and not assumed. A node that refuses the
 * bundle (below the engines floor) is reported with the line it printed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Measured } from './measure.js';
import { summarize, type Summary } from './stats.js';

export interface NodeRuntime {
  path: string;
  version: string;
}

/** The wasmpack CLIs to time: the bundle as it ships, and BENCH_BASELINE_BIN when given. */
export interface Cli {
  label: string;
  bin: string;
}

export interface NodeRow {
  node: string;
  nodeAlone: Summary;
  clis: { cli: string; version: Summary | string; build: Summary | string }[];
}

function versionOf(path: string): string | undefined {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * BENCH_NODES (paths separated by ':'), else the machine's node 20 and the node 22 and 24 that
 * scripts/setup.sh unpacks under ~/.cache/wasmpack-dev/node/, plus the node running the bench;
 * one per major version, oldest first.
 */
export function nodeRuntimes(current: string): NodeRuntime[] {
  const candidates = process.env.BENCH_NODES ? process.env.BENCH_NODES.split(':').filter(Boolean) : defaultCandidates(current);
  const byMajor = new Map<string, NodeRuntime>();
  for (const path of candidates) {
    const version = existsSync(path) ? versionOf(path) : undefined;
    const major = version?.match(/^v(\d+)\./)?.[1];
    if (version && major && !byMajor.has(major)) byMajor.set(major, { path, version });
  }
  return [...byMajor.entries()].sort(([a], [b]) => Number(a) - Number(b)).map(([, runtime]) => runtime);
}

function defaultCandidates(current: string): string[] {
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'wasmpack-dev', 'node');
  const cached = existsSync(cache) ? readdirSync(cache).sort().reverse().map((v) => join(cache, v, 'bin', 'node')) : [];
  return [current, '/usr/bin/node', ...cached];
}

export interface NodesBench {
  iterations: number;
  nodes: NodeRuntime[];
  clis: Cli[];
  buildArgs: string[];
  /** Runs a command in the small project (not checked: a refusal is a result). */
  run(cmd: string, args: string[]): Promise<Measured>;
  /** Untimed, before every build: removes the last build's record so the build does the work. */
  beforeBuild(): Promise<void>;
  progress(message: string): void;
}

export async function benchNodes(b: NodesBench): Promise<NodeRow[]> {
  // Which node can run which CLI: one untimed run each (also the warm-up, and the compile cache's fill).
  const refused = new Map<string, string>();
  const key = (node: NodeRuntime, cli: Cli) => `${node.path}\n${cli.bin}`;
  for (const node of b.nodes) {
    await b.run(node.path, ['-e', '0']);
    for (const cli of b.clis) {
      const probe = await b.run(node.path, [cli.bin, '--version']);
      if (probe.code !== 0) {
        refused.set(key(node, cli), `refused: ${(probe.stderr.trim().split('\n')[0] ?? `exit ${probe.code}`).slice(0, 60)}`);
        continue;
      }
      await b.beforeBuild();
      const build = await b.run(node.path, [cli.bin, ...b.buildArgs]);
      if (build.code !== 0) refused.set(key(node, cli), `build failed: ${build.stderr.trim().split('\n').pop()?.slice(0, 60) ?? build.code}`);
    }
  }
  const alone = b.nodes.map(() => [] as number[]);
  const version = b.nodes.map(() => b.clis.map(() => [] as number[]));
  const build = b.nodes.map(() => b.clis.map(() => [] as number[]));
  for (let i = 0; i < b.iterations; i++) {
    b.progress(`nodes: ${i + 1}/${b.iterations}`);
    for (const [n, node] of b.nodes.entries()) {
      alone[n]!.push((await b.run(node.path, ['-e', '0'])).wallMs);
      for (const [c, cli] of b.clis.entries()) {
        if (refused.has(key(node, cli))) continue;
        version[n]![c]!.push((await b.run(node.path, [cli.bin, '--version'])).wallMs);
        await b.beforeBuild();
        build[n]![c]!.push((await b.run(node.path, [cli.bin, ...b.buildArgs])).wallMs);
      }
    }
  }
  return b.nodes.map((node, n) => ({
    node: node.version,
    nodeAlone: summarize(alone[n]!),
    clis: b.clis.map((cli, c) => {
      const why = refused.get(key(node, cli));
      return { cli: cli.label, version: why ?? summarize(version[n]![c]!), build: why ?? summarize(build[n]![c]!) };
    }),
  }));
}
