import { randomUUID } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import { redact } from '../errors.js';

/**
 * Workflow commands, written as the runner reads them (the same encoding @actions/core uses):
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 * Lines on stdout of the form ::name key=value,...::message; outputs and the job summary go to
 * the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */

/** A message: "%", CR and LF are percent-encoded so a multi-line message stays one command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also ":" and "," which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export type Properties = Record<string, string | number | undefined>;

export function workflowCommand(name: string, properties: Properties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * One GITHUB_OUTPUT entry in the multi-line form `name<<DELIMITER\nvalue\nDELIMITER\n`, which
 * holds any value; the delimiter must not occur in the value, so it is random and checked.
 */
export function outputEntry(name: string, value: string, delimiter: string): string {
  if (value.includes(delimiter) || name.includes(delimiter)) throw new Error(`output delimiter ${delimiter} occurs in the value of ${name}`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

export function newDelimiter(): string {
  return `ghadelimiter_${randomUUID()}`;
}

export interface WorkflowOptions {
  /** Where log lines go (the step's stdout). */
  write(text: string): void;
  env: NodeJS.ProcessEnv;
}

/**
 * The step's side of the runner protocol. Every line, output and summary passes through `scrub`,
 * which removes the masked secrets itself: the runner would hide them in its log, but output
 * files and summaries are not the log, and a local run (or `@github/local-action`) has no runner.
 */
export class Workflow {
  private readonly secrets: string[] = [];
  private groupOpen = false;

  constructor(private readonly options: WorkflowOptions) {}

  /** ::add-mask:: for the runner, and our own scrubbing from here on. Each line is masked too (the runner masks per line). */
  mask(secret: string): void {
    if (!secret) return;
    for (const value of new Set([secret, ...secret.split(/\r?\n/)])) {
      if (value.trim() === '' || this.secrets.includes(value)) continue;
      this.secrets.push(value);
      // The one line that carries a secret: the runner consumes it and never prints it.
      this.options.write(`${workflowCommand('add-mask', {}, value)}\n`);
    }
    this.secrets.sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const secret of this.secrets) out = out.split(secret).join('***');
    return redact(out);
  }

  log(text: string): void {
    for (const line of this.scrub(text).split('\n')) this.options.write(`${line}\n`);
  }

  command(name: string, properties: Properties, message: string): void {
    this.options.write(`${workflowCommand(name, properties, this.scrub(message))}\n`);
  }

  /** Groups do not nest on GitHub: opening one closes the last. */
  group(title: string): void {
    if (this.groupOpen) this.endGroup();
    this.command('group', {}, title);
    this.groupOpen = true;
  }

  endGroup(): void {
    if (!this.groupOpen) return;
    this.options.write('::endgroup::\n');
    this.groupOpen = false;
  }

  error(message: string, properties: Properties = {}): void {
    this.endGroup();
    this.command('error', properties, message);
  }

  warning(message: string, properties: Properties = {}): void {
    this.command('warning', properties, message);
  }

  notice(message: string, properties: Properties = {}): void {
    this.command('notice', properties, message);
  }

  /** Appends to GITHUB_OUTPUT; without one (a local run) the value is logged instead. */
  async setOutput(name: string, value: string): Promise<void> {
    const clean = this.scrub(value);
    const file = this.options.env.GITHUB_OUTPUT;
    if (!file) {
      this.log(`output ${name}=${clean}`);
      return;
    }
    await appendFile(file, outputEntry(name, clean, newDelimiter()));
  }

  /** Appends Markdown to GITHUB_STEP_SUMMARY (shown on the run's page); nothing without one. */
  async appendSummary(markdown: string): Promise<void> {
    const file = this.options.env.GITHUB_STEP_SUMMARY;
    if (file) await appendFile(file, this.scrub(markdown));
  }
}
