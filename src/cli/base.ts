import { Command, Option, UsageError } from 'clipanion';
import { formatError, isWasmpackError, redact, WasmpackError } from '../errors.js';
import { chooseMode, createReporter } from '../report/console.js';
import type { Reporter } from '../report/reporter.js';

/**
 * What every command shares: --json / --quiet, a reporter on stderr, Ctrl-C as an AbortSignal,
 * and the three error tiers (usage errors are clipanion's; WasmpackError prints code + hint;
 * anything else is a bug and keeps its stack).
 */
export abstract class WasmpackCommand extends Command {
  json = Option.Boolean('--json', false, { description: 'Print one JSON document on stdout instead of lines' });
  quiet = Option.Boolean('-q,--quiet', false, { description: 'Print nothing on stderr but warnings and errors' });

  protected reporter!: Reporter;
  protected signal!: AbortSignal;

  abstract run(): Promise<number | void>;

  async execute(): Promise<number> {
    const controller = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => controller.abort(Object.assign(new WasmpackError('INTERRUPTED', 'interrupted'), { exitCode: signal === 'SIGTERM' ? 143 : 130 }));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    this.signal = controller.signal;
    this.reporter = await createReporter(chooseMode({ quiet: this.quiet, json: this.json }));
    try {
      const code = (await this.run()) ?? 0;
      // A step that could not be stopped finished anyway; the signal still says "stop": report it.
      if (!controller.signal.aborted) return code;
      throw controller.signal.reason;
    } catch (err) {
      this.reporter.stop();
      if (controller.signal.aborted) {
        // The pipeline may say more (a push names the tags that landed before it stopped).
        const said = isWasmpackError(err) && err.code === 'INTERRUPTED' && err !== controller.signal.reason;
        this.context.stderr.write(said ? `${formatError(err)}\n` : 'error[INTERRUPTED]: interrupted; nothing half-written was kept\n');
        return (controller.signal.reason as { exitCode?: number }).exitCode ?? 130;
      }
      if (isWasmpackError(err)) {
        this.context.stderr.write(`${formatError(err)}\n`);
        return 1;
      }
      // A command line that parsed but does not make sense ("--raw and --json cannot be combined").
      if (err instanceof UsageError) {
        const name = this.path.join(' ');
        this.context.stderr.write(`${formatError(new WasmpackError('BAD_USAGE', err.message, `see \`wasmpack ${name} --help\``))}\n`);
        return 2;
      }
      // Anything else is a bug: keep the stack, on stderr, and say so.
      this.context.stderr.write(`internal error (a bug in wasmpack; please report it with this output):\n${redact((err as Error)?.stack ?? String(err))}\n`);
      return 70;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }

  /** Results go to stdout: lines, or one JSON document with --json. */
  protected output(lines: string[], document: unknown): void {
    if (this.json) this.context.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    else for (const line of lines) this.context.stdout.write(`${line}\n`);
  }
}

/** Parses repeated K=V flags into a map; a missing "=" is a usage error with the flag named. */
export function keyValues(flag: string, values: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values ?? []) {
    const at = value.indexOf('=');
    if (at <= 0) throw new WasmpackError('BAD_FLAG', `${flag} expects KEY=VALUE, got "${value}"`, `for example ${flag} org.opencontainers.image.vendor=acme`);
    out[value.slice(0, at)] = value.slice(at + 1);
  }
  return out;
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new WasmpackError('BAD_FLAG', `${flag} must be one of ${allowed.join(', ')}, got "${value}"`, `for example ${flag} ${allowed[0]}`);
  }
  return value as T;
}

/**
 * The one parser for integer flags (--jobs, --timestamp, --aot-opt-level, ...): whole numbers
 * only, within [min, max] when given, else BAD_FLAG naming the flag and a value that works.
 */
export function integer(flag: string, value: string | undefined, range: { min?: number; max?: number } = {}): number | undefined {
  if (value === undefined) return undefined;
  const { min, max } = range;
  const bounds = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : min !== undefined ? ` of at least ${min}` : max !== undefined ? ` of at most ${max}` : '';
  const example = `for example ${flag} ${min ?? 0}`;
  const parsed = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(parsed)) throw new WasmpackError('BAD_FLAG', `${flag} takes a whole number${bounds}, got "${value}"`, example);
  if ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)) {
    throw new WasmpackError('BAD_FLAG', `${flag} takes a whole number${bounds}, got ${parsed}`, example);
  }
  return parsed;
}
