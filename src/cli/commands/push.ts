import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'clipanion';
import type { PushResult } from '../../pipeline/push.js';
import { integer } from '../base.js';
import { RegistryCommand } from '../registry-options.js';

/** More parallel uploads than this only queue up at the registry. */
export const MAX_JOBS = 32;

export class PushCommand extends RegistryCommand {
  static override paths = [['push']];
  static operands = '[SOURCE] [DEST]';
  static override usage = Command.Usage({
    category: 'Build & publish',
    description: 'Push the built image to an OCI registry (or write it to a layout or archive)',
    details: `
      With no arguments, pushes the last \`wasmpack build\` of this directory to the tags it was built
      with. With one argument, pushes it to that destination; with two, pushes SOURCE (oci:DIR[:TAG]
      or a project directory) to DEST. DEST is an image reference (ghcr.io/acme/app:1.0,
      localhost:5000/app, docker://...) or oci:, oci-archive: or docker-archive:.
      Credentials come from --creds, --authfile, REGISTRY_AUTH_FILE, podman's auth.json, docker's
      config.json and its credential helpers. Plain HTTP is used only for localhost or with
      --tls-verify=false / --insecure-registry. Prints ref@digest on stdout.
    `,
    examples: [
      ['Push the last build to its tags', '$0 push'],
      ['Push to a registry', '$0 push ghcr.io/acme/app:1.0'],
      ['Push to several tags at once', '$0 push -t ghcr.io/acme/app:1.0 -t ghcr.io/acme/app:latest'],
      ['Push a layout', '$0 push oci:build/oci:app localhost:5000/app:1.0'],
    ],
  });

  args = Option.Rest({ name: '[SOURCE] [DEST]' });
  tags = Option.Array('-t,--tag', { description: 'Destination reference (repeatable)' });
  dir = Option.String('-C,--dir', '.', { description: 'Project directory whose last build is pushed' });
  from = Option.String('--from', { description: 'Repository on the same registry to mount blobs from' });
  digestfile = Option.String('--digestfile', { description: 'Write the pushed manifest digest to this file' });
  concurrency = Option.String('--jobs', { description: 'Blobs uploaded at once, 1-32 (default 3)' });

  async run(): Promise<number> {
    const concurrency = integer('--jobs', this.concurrency, { min: 1, max: MAX_JOBS });
    const [first, second, ...extra] = this.args;
    if (extra.length) throw new (await import('clipanion')).UsageError('push takes at most SOURCE and DEST');
    const source = second !== undefined ? first : undefined;
    const destinations = [...(second !== undefined ? [second] : first !== undefined ? [first] : []), ...(this.tags ?? [])];
    const { pushImage } = await import('../../pipeline/push.js');
    const result = await pushImage(
      { source, destinations, dir: this.dir, ...(this.from ? { mountFrom: this.from } : {}), ...(concurrency !== undefined ? { concurrency } : {}) },
      { access: await this.registryAccess(), reporter: this.reporter },
    );
    if (this.digestfile) await writeFile(this.digestfile, result.digest);
    this.output(pushedLines(result), pushDocument(result));
    return 0;
  }
}

export function pushedLines(result: PushResult): string[] {
  return result.pushed.map((p) => `${p.destination.replace(/@sha256:[0-9a-f]{64}$/, '')}@${p.digest}`);
}

/** The --json document of a push; described by schemas/push-output.schema.json. */
export function pushDocument(result: PushResult): Record<string, unknown> {
  return {
    digest: result.digest,
    pushed: result.pushed.map((p) => ({
      destination: p.destination,
      tags: p.tags,
      ...(p.extraTags ? { extraTags: p.extraTags } : {}),
      blobs: { pushed: p.result.pushed, skipped: p.result.skipped, mounted: p.result.mounted },
      ...(p.stats ? { requests: p.stats.requests, bytesUploaded: p.stats.blobBytesUploaded, retries: p.stats.retries } : {}),
    })),
  };
}
