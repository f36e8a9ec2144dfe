/**
 * Runs one external command (never through a shell) and measures its wall time and peak RSS.
 *
 * Peak RSS: when GNU time is installed (/usr/bin/time), the command runs under
 * `/usr/bin/time -f %M -o FILE`, which reports the kernel's ru_maxrss of the child in KiB — exact,
 * and it includes everything the process ever touched. Without GNU time, the child's
 * /proc/<pid>/status VmHWM ("high water mark" of resident memory) is polled every 10 ms; that
 * value only grows, so the last successful read before the process exits is a close lower bound.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const GNU_TIME = '/usr/bin/time';
export const rssMethod = existsSync(GNU_TIME) ? 'GNU time %M (ru_maxrss)' : '/proc/<pid>/status VmHWM polled every 10 ms';

export interface Measured {
  command: string;
  code: number;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size of the command, in KiB; undefined when it could not be read. */
  maxRssKiB: number | undefined;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where a scratch file for GNU time's report may be written. */
  scratchDir: string;
}

let counter = 0;
const running = new Set<import('node:child_process').ChildProcess>();

/** Ctrl-C: stops the commands still running, so cleanup does not pull their files away under them. */
export function killRunning(): void {
  for (const child of running) child.kill('SIGTERM');
}

export async function measure(cmd: string, args: string[], options: RunOptions): Promise<Measured> {
  const useGnuTime = existsSync(GNU_TIME);
  const rssFile = join(options.scratchDir, `rss-${process.pid}-${counter++}.txt`);
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('close', () => running.delete(child));
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  let polledRss: number | undefined;
  const poller = useGnuTime ? undefined : setInterval(() => {
    void readFile(`/proc/${child.pid}/status`, 'utf8').then((status) => {
      const kib = Number(/^VmHWM:\s+(\d+)\s+kB/m.exec(status)?.[1]);
      if (kib > (polledRss ?? 0)) polledRss = kib;
    }, () => undefined);
  }, 10);
  const code = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c, signal) => resolve(c ?? (signal ? 128 : 1)));
  }).finally(() => poller && clearInterval(poller));
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  let maxRssKiB = polledRss;
  if (useGnuTime) {
    const report = await readFile(rssFile, 'utf8').catch(() => '');
    await rm(rssFile, { force: true });
    // On failure GNU time writes "Command exited with non-zero status N" before the figure.
    const last = report.trim().split('\n').pop() ?? '';
    maxRssKiB = /^\d+$/.test(last) ? Number(last) : undefined;
  }
  return { command: [cmd, ...args].join(' '), code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), wallMs, maxRssKiB };
}

/** Like measure(), but a non-zero exit is an error that shows the tool's own stderr. */
export async function measureChecked(cmd: string, args: string[], options: RunOptions): Promise<Measured> {
  const result = await measure(cmd, args, options);
  if (result.code !== 0) {
    throw new Error(`${result.command} exited with ${result.code}:\n${result.stderr.slice(-4000)}${result.stdout.slice(-2000)}`);
  }
  return result;
}
