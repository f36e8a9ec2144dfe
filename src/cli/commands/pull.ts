import { Command, Option } from 'clipanion';
import type { PullResult } from '../../pipeline/pull.js';
import { assertLocalFileExists } from '../local-file.js';
import { RegistryCommand } from '../registry-options.js';

export class PullCommand extends RegistryCommand {
  static override paths = [['pull']];
  static placeholders = { '--output': 'FILE' };
  static override usage = Command.Usage({
    category: 'Run & inspect',
    description: 'Fetch an image, every blob checked: its module (-o) or the whole image (--oci)',
    details: `
      IMAGE is a registry reference (ghcr.io/acme/app:1.0), oci:DIR[:TAG] or oci-archive:FILE[:TAG].
      Every manifest and blob is checked against its digest and size before it is used, sizes are
      capped, and layers are unpacked in memory, refusing entries with "..", absolute paths, links
      and devices. -o FILE writes the image's entrypoint module (for an AOT tag, the .aot) byte for
      byte; --oci DIR[:TAG] copies the image graph into an OCI layout (default tag: the source's,
      else latest). Prints the file or layout entry and the manifest digest on stdout.
    `,
    examples: [
      ['Write the module of a pushed image', '$0 pull ghcr.io/acme/app:1.0 -o app.wasm'],
      ['Write the .aot of an AOT tag', '$0 pull ghcr.io/acme/app:1.0-aot-x86_64 -o app.aot'],
      ['Copy an image into a layout', '$0 pull localhost:5000/app:1.0 --oci ./images:app'],
    ],
  });

  image = Option.String({ name: 'IMAGE' });
  file = Option.String('-o,--output', { description: 'Write the entrypoint module (or .aot) to this file' });
  oci = Option.String('--oci', { description: 'Copy the whole image into this OCI layout: DIR[:TAG]' });

  async run(): Promise<number> {
    await assertLocalFileExists(this.image, 'pull');
    const { pullImage } = await import('../../pipeline/pull.js');
    const result = await pullImage(
      { image: this.image, ...(this.file ? { output: this.file } : {}), ...(this.oci ? { oci: this.oci } : {}) },
      { access: await this.registryAccess(), reporter: this.reporter },
    );
    this.output(pulledLines(result), result);
    return 0;
  }
}

export function pulledLines(result: PullResult): string[] {
  const lines: string[] = [];
  if (result.output) lines.push(`${result.output.path}  ${result.output.digest}  (${result.output.from} of ${result.reference}@${result.digest})`);
  if (result.layout) lines.push(`oci:${result.layout.dir}:${result.layout.tag}@${result.digest}`);
  return lines;
}
