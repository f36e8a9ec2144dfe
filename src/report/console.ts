import type { Ora } from 'ora';
import { redact } from '../errors.js';
import type { Reporter } from './reporter.js';

export type OutputMode = 'tty' | 'plain' | 'quiet';

/**
 * Spinners only on an interactive stderr and never in CI, with --json (a machine is reading) or
 * --quiet; those keep stderr for plain lines and warnings.
 */
export function chooseMode(options: { quiet?: boolean; json?: boolean; stream?: NodeJS.WriteStream; env?: NodeJS.ProcessEnv }): OutputMode {
  const env = options.env ?? process.env;
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return 'quiet';
  if (options.json) return 'plain';
  // A pseudo-terminal with no size (`script -qec ... < /dev/null` in CI wrappers) reports 0
  // columns; a spinner there would redraw forever, so it gets plain lines.
  if (stream.isTTY && !env.CI && env.TERM !== 'dumb' && (stream.columns ?? 0) > 0) return 'tty';
  return 'plain';
}

export async function createReporter(mode: OutputMode, stream: NodeJS.WriteStream = process.stderr): Promise<Reporter> {
  if (mode === 'tty') return new TtyReporter((await import('ora')).default, stream);
  return new LineReporter(stream, mode === 'quiet');
}

/** Plain lines for CI logs and pipes: one per step, no cursor tricks. */
class LineReporter implements Reporter {
  private readonly lastProgress = new Map<string, number>();
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly quiet: boolean,
  ) {}
  private line(text: string): void {
    if (!this.quiet) this.stream.write(`${redact(text)}\n`);
  }
  step(text: string): void {
    this.line(`- ${text}`);
  }
  succeed(text?: string): void {
    if (text) this.line(`✓ ${text}`);
  }
  info(text: string): void {
    this.line(`  ${text}`);
  }
  warn(text: string): void {
    this.stream.write(`warning: ${redact(text)}\n`);
  }
  progress(id: string, done: number, total: number): void {
    // In logs, a line per quarter of a large transfer is enough.
    if (total < 8 * 1024 * 1024) return;
    const quarter = Math.floor((done / total) * 4);
    if ((this.lastProgress.get(id) ?? -1) >= quarter) return;
    this.lastProgress.set(id, quarter);
    this.line(`  ${id}: ${formatBytes(done)} / ${formatBytes(total)}`);
  }
  stop(): void {}
  trace(text: string): void {
    this.stream.write(`${redact(text)}\n`);
  }
}

/** A spinner on stderr for a person watching. */
class TtyReporter implements Reporter {
  private spinner: Ora | undefined;
  constructor(
    private readonly ora: typeof import('ora').default,
    private readonly stream: NodeJS.WriteStream,
  ) {}
  step(text: string): void {
    this.spinner?.stopAndPersist({ symbol: '✓' });
    this.spinner = this.spin(redact(text));
  }
  succeed(text?: string): void {
    if (this.spinner) this.spinner.succeed(text ? redact(text) : undefined);
    else if (text) this.stream.write(`✓ ${redact(text)}\n`);
    this.spinner = undefined;
  }
  info(text: string): void {
    if (this.spinner) this.spinner.info(redact(text));
    else this.stream.write(`ℹ ${redact(text)}\n`);
    this.spinner = undefined;
  }
  warn(text: string): void {
    if (this.spinner) this.spinner.warn(redact(text));
    else this.stream.write(`⚠ ${redact(text)}\n`);
    this.spinner = undefined;
  }
  progress(id: string, done: number, total: number): void {
    const text = `${id} ${formatBytes(done)} / ${formatBytes(total)}`;
    if (this.spinner) this.spinner.text = text;
    else this.spinner = this.spin(text);
  }
  stop(): void {
    this.spinner?.stop();
    this.spinner = undefined;
  }

  /** ora would read stdin to swallow keystrokes; a command that needs no input must never touch it (a closed stdin made it spin). */
  private spin(text: string): Ora {
    return this.ora({ text, stream: this.stream, discardStdin: false }).start();
  }

  trace(text: string): void {
    // Above the spinner, which redraws below the line.
    this.spinner?.clear();
    this.stream.write(`${redact(text)}\n`);
    this.spinner?.render();
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
