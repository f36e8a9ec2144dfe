import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeDeterministicTar, type TarEntry } from './tar.js';

/**
 * Stages in `<file>.tmp-XXXXXX/` (same directory, so the final rename never crosses file systems)
 * and publishes `<file>` atomically. Shared by both archive targets.
 */
export class ArchiveFile {
  private staging: Promise<string> | undefined;
  private tarTemp: string | undefined;

  constructor(readonly file: string) {}

  /** The staging directory, created on first use. */
  stagingDir(): Promise<string> {
    this.staging ??= mkdir(dirname(this.file), { recursive: true }).then(() => mkdtemp(`${this.file}.tmp-`));
    return this.staging;
  }

  get started(): boolean {
    return this.staging !== undefined;
  }

  async publish(entries: readonly TarEntry[]): Promise<void> {
    this.tarTemp = `${this.file}.tmp-${randomBytes(6).toString('hex')}.tar`;
    await writeDeterministicTar(entries, this.tarTemp);
    await rename(this.tarTemp, this.file);
    this.tarTemp = undefined;
  }

  async cleanUp(): Promise<void> {
    const staging = this.staging ? await this.staging.catch(() => undefined) : undefined;
    this.staging = undefined;
    await Promise.all([staging && rm(staging, { recursive: true, force: true }), this.tarTemp && rm(this.tarTemp, { force: true })]);
    this.tarTemp = undefined;
  }
}

