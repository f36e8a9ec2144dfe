import { Command, Option, UsageError } from 'clipanion';
import { assertLocalFileExists } from '../local-file.js';
import { RegistryCommand } from '../registry-options.js';

export class InspectCommand extends RegistryCommand {
  static override paths = [['inspect']];
  static override usage = Command.Usage({
    category: 'Run & inspect',
    description: 'Show an image: digest, platform, entrypoint, layers, annotations, AOT builds',
    details: `
      IMAGE is a registry reference (ghcr.io/acme/app:1.0), oci:DIR[:TAG], or a project directory;
      without it, the last \`wasmpack build\` of this directory (with its AOT images). Only the
      manifest and config are fetched, never the layers. --json prints one document
      {reference, digest, mediaType, format, manifest, config, aot?}; --raw prints the manifest
      bytes exactly as stored (what its digest is computed over).
    `,
    examples: [
      ['Inspect the last build', '$0 inspect'],
      ['Inspect a pushed image', '$0 inspect ghcr.io/acme/app:1.0'],
      ['Inspect a layout entry as JSON', '$0 inspect oci:build/oci:app --json'],
      ['Print the manifest as stored', '$0 inspect --raw localhost:5000/app:1.0'],
    ],
  });

  image = Option.String({ required: false, name: 'IMAGE' });
  dir = Option.String('-C,--dir', '.', { description: 'Project directory whose last build is inspected' });
  raw = Option.Boolean('--raw', false, { description: 'Print the manifest bytes exactly as stored' });

  async run(): Promise<number> {
    if (this.raw && this.json) throw new UsageError('--raw and --json cannot be combined');
    if (this.image !== undefined) await assertLocalFileExists(this.image, 'inspect');
    const { inspectImage } = await import('../../pipeline/inspect.js');
    const { inspectDocument, summaryLines } = await import('../inspect-view.js');
    const image = await inspectImage({ ...(this.image !== undefined ? { image: this.image } : {}), dir: this.dir }, { access: await this.registryAccess(), reporter: this.reporter });
    if (this.raw) {
      this.context.stdout.write(image.manifestBytes);
      return 0;
    }
    this.output(summaryLines(image), inspectDocument(image));
    return 0;
  }
}
