/**
 * Starts a private containerd (Debian's 1.6, installed by scripts/setup.sh) for tests: its own
 * root, state and socket under a temp dir, the CRI plugin off, so it neither needs nor touches a
 * system containerd (CI has no systemd to start one). `ctr` talks to it with --address.
 * Needs root, as containerd does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findOnPath, runProcess, type RunResult } from '../../src/process/exec.js';

export interface RunningContainerd {
  address: string;
  root: string;
  /** Runs `ctr --address ADDRESS ...args`. */
  ctr(...args: string[]): Promise<RunResult>;
  log(): Promise<string>;
  stop(): Promise<void>;
}

/** Why containerd cannot run here, or undefined when it can. */
export async function containerdUnavailable(): Promise<string | undefined> {
  if (!(await findOnPath('containerd'))) return 'containerd not installed (scripts/setup.sh installs it)';
  if (!(await findOnPath('ctr'))) return 'ctr not installed';
  if (process.getuid?.() !== 0) return 'containerd needs root';
  return undefined;
}

export async function startContainerd(): Promise<RunningContainerd> {
  // A short path: the socket's must fit in sun_path (108 bytes).
  const dir = await mkdtemp(join(tmpdir(), 'wp-ctd-'));
  const address = join(dir, 'c.sock');
  const root = join(dir, 'root');
  const config = [
    'version = 2',
    `root = ${JSON.stringify(root)}`,
    `state = ${JSON.stringify(join(dir, 'state'))}`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
    '[grpc]',
    `  address = ${JSON.stringify(address)}`,
    '[ttrpc]',
    `  address = ${JSON.stringify(`${address}.ttrpc`)}`,
    '[debug]',
    '  address = ""',
    '',
  ].join('\n');
  await writeFile(join(dir, 'config.toml'), config);
  const logPath = join(dir, 'containerd.log');
  const { openSync } = await import('node:fs');
  const logFd = openSync(logPath, 'a');
  const child: ChildProcess = spawn('containerd', ['--config', join(dir, 'config.toml')], { stdio: ['ignore', logFd, logFd] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const ctr = (...args: string[]) => runProcess('ctr', ['--address', address, ...args], { timeoutMs: 120_000 });
  const stop = async (): Promise<void> => {
    if (!exited) {
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await gone;
    }
    await rm(dir, { recursive: true, force: true });
  };
  // Ready when the API answers; a bounded number of tries, not a timing assertion.
  for (let attempt = 0; ; attempt++) {
    const version = await ctr('version').catch(() => undefined);
    if (version?.code === 0) break;
    if (exited || attempt > 100) {
      const log = await readFile(logPath, 'utf8').catch(() => '');
      await stop();
      throw new Error(`containerd did not start:\n${log.split('\n').slice(-20).join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { address, root, ctr, log: () => readFile(logPath, 'utf8'), stop };
}
