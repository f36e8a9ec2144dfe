import { formatBytes } from '../report/console.js';
import type { AotImage } from './outputs.js';
import type { BuildView, PushedView } from './wasmpack.js';

export interface SummaryInput {
  view: BuildView;
  /** ref@digest */
  image: string;
  references: string[];
  /** What went to registries; undefined when nothing was pushed. */
  pushed?: PushedView[];
  /** Why not, when not pushed ("pull request", "push: false", "no images"). */
  notPushedBecause?: string;
  /** -o destinations from `args`. */
  outputs?: PushedView[];
  aot: AotImage[];
  /** The bare SBOM referrer pushed beside the image (an unsigned push). */
  sbom?: string;
}

/** A table cell: "|" would end the cell and a newline the row. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${cell(text).replace(/`/g, "'")}\``;
}

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The job summary (GITHUB_STEP_SUMMARY) of one action run, in GitHub-flavoured Markdown. */
export function summaryMarkdown(input: SummaryInput): string {
  const { view } = input;
  const parts: string[] = [`### wasmpack: ${cell(view.name)}`, ''];
  parts.push(
    table(
      ['', ''],
      [
        ['Image', code(input.image)],
        ['Digest', code(view.digest)],
        ['Image ID', code(view.imageId)],
        ['Platform', code(view.platform)],
        ['Format', cell(view.format)],
        ['Size', `${formatBytes(view.size)} (manifest, config and layers; the module is ${formatBytes(view.moduleSize)})`],
        ['Toolchain', cell(view.toolchain)],
        ['Created', new Date(view.timestamp * 1000).toISOString().replace('.000Z', 'Z')],
      ],
    ),
    '',
  );
  if (input.pushed?.length) {
    parts.push(
      '#### Pushed',
      '',
      table(
        ['Repository', 'Tags', 'Blobs uploaded / already there / mounted'],
        input.pushed.map((p) => [code(repositoryOf(p.destination)), [...p.tags, ...p.extraTags].map(code).join(' '), `${p.blobs.pushed} / ${p.blobs.skipped} / ${p.blobs.mounted}`]),
      ),
      '',
    );
    if (input.sbom) parts.push(`SBOM referrer (unsigned): ${code(input.sbom)}`, '');
  } else {
    const because = input.notPushedBecause ? ` (${cell(input.notPushedBecause)})` : '';
    parts.push(`**Built, not pushed**${because}.`, '');
    if (input.references.length) parts.push(`Would be tagged: ${input.references.map(code).join(' ')}`, '');
  }
  if (input.outputs?.length) {
    parts.push('#### Written', '', table(['Destination', 'Blobs written / already there'], input.outputs.map((o) => [code(o.destination), `${o.blobs.pushed} / ${o.blobs.skipped}`])), '');
  }
  if (input.aot.length) {
    parts.push(
      '#### AOT images',
      '',
      table(
        ['Target', 'CPU', 'AOT format', 'Size', 'Loads on', 'References'],
        input.aot.map((a) => [cell(a.target), cell(a.cpu), String(a.formatVersion), formatBytes(a.size), cell(a.runtimes), a.references.map(code).join(' ')]),
      ),
      '',
    );
  }
  if (view.aotReferrers) parts.push(`AOT referrers attached to the image: ${view.aotReferrers}`, '');
  return `${parts.join('\n')}\n`;
}

/** ghcr.io/acme/app:1.0 -> ghcr.io/acme/app (a port's ":" comes before the last "/"). */
export function repositoryOf(reference: string): string {
  const name = reference.replace(/@sha256:[0-9a-f]{64}$/, '');
  const colon = name.lastIndexOf(':');
  return colon > name.lastIndexOf('/') ? name.slice(0, colon) : name;
}

/** The summary of a failed run: the same text as the ::error annotation, which the run page shows apart. */
export function failureMarkdown(message: string): string {
  const fence = message.includes('```') ? '~~~~' : '```';
  return `### wasmpack failed\n\n${fence}\n${message}\n${fence}\n`;
}
