import { layerTitle, referrerLabel, type AotImageDescription, type ImageKind, type InspectedImage } from '../pipeline/inspect.js';
import { formatBytes } from '../report/console.js';

// How `wasmpack inspect` shows an image to a person; the pipeline only reads it.



const FORMAT_TEXT: Record<ImageKind, string> = {
  compat: 'compat (OCI image: runwasi/containerd shims and crun run it)',
  artifact: 'artifact (CNCF Wasm OCI artifact: wasmtime/wkg/Spin-style tools read it)',
  aot: 'WAMR AOT (native code: only WAMR (iwasm) loads it)',
  index: 'index (a list of manifests)',
  other: 'not a Wasm image wasmpack recognises',
};

interface RunConfig {
  Entrypoint?: string[];
  Cmd?: string[];
  Env?: string[];
  WorkingDir?: string;
}

/** The lines `wasmpack inspect` prints. */
export function summaryLines(image: InspectedImage): string[] {
  const lines: string[] = [];
  const row = (label: string, value: string): void => {
    lines.push(`${`${label}:`.padEnd(14)}${value}`);
  };
  row('Image', image.reference);
  if (image.tags?.length) row('Tags', image.tags.join(', '));
  row('Digest', image.digest);
  row('Media type', image.mediaType);
  if (image.manifest.artifactType) row('Artifact type', image.manifest.artifactType);
  row('Format', FORMAT_TEXT[image.format]);

  const cfg = (image.config ?? {}) as { os?: string; architecture?: string; variant?: string; config?: RunConfig; created?: string };
  if (cfg.os || cfg.architecture) row('Platform', `${cfg.os ?? '?'}/${cfg.architecture ?? '?'}${cfg.variant ? `/${cfg.variant}` : ''}`);
  if (cfg.created) row('Created', cfg.created);
  if (cfg.config?.Entrypoint?.length) row('Entrypoint', cfg.config.Entrypoint.join(' '));
  if (cfg.config?.Cmd?.length) row('Cmd', cfg.config.Cmd.join(' '));
  if (cfg.config?.Env?.length) row('Env', cfg.config.Env.join(', '));
  if (image.manifest.config) row('Config', `${image.manifest.config.mediaType} (${formatBytes(image.manifest.config.size)})`);

  const layers = image.manifest.layers ?? [];
  if (layers.length) {
    const total = layers.reduce((sum, l) => sum + l.size, 0);
    row('Layers', `${layers.length}, ${formatBytes(total)} in total`);
    for (const layer of layers) {
      const title = layerTitle(layer);
      lines.push(`  ${layer.digest.slice(0, 19)}  ${formatBytes(layer.size).padStart(10)}  ${layer.mediaType}${title ? `  ${title}` : ''}`);
    }
  }
  for (const child of image.manifest.manifests ?? []) {
    const p = child.platform;
    lines.push(`  ${child.digest}  ${child.mediaType}${p ? `  ${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}` : ''}`);
  }
  if (image.manifest.subject) row('Subject', image.manifest.subject.digest);

  const annotations = Object.entries(image.manifest.annotations ?? {});
  if (annotations.length) {
    lines.push('Annotations:');
    for (const [key, value] of annotations.sort(([a], [b]) => a.localeCompare(b))) lines.push(`  ${key}=${value}`);
  }
  if (image.aot) lines.push(...aotLines(image.aot, '  ', 'AOT:'));
  if (image.referrers?.length) {
    lines.push('Referrers:');
    for (const r of image.referrers) lines.push(`  ${r.digest}  ${referrerLabel(r)}`);
  }
  for (const c of image.companions ?? []) {
    lines.push(`AOT image ${c.tag ?? '(referrer)'}:`);
    lines.push(`  digest ${c.digest}`);
    if (c.aot) lines.push(...aotLines(c.aot, '  '));
  }
  if (image.signatures) lines.push(`Signatures: ${image.signatures} (sha256-<hex>.sig; wasmpack verify checks them)`);
  return lines;
}

function aotLines(aot: AotImageDescription, indent: string, heading?: string): string[] {
  const lines = heading ? [heading] : [];
  lines.push(`${indent}layout ${aot.layout}, compiled by wamrc ${aot.wamrcVersion}`);
  for (const t of aot.targets) {
    const extra = [t.cpu && `cpu ${t.cpu}`, t.formatVersion !== undefined && `AOT format ${t.formatVersion}`, t.flags && `flags ${t.flags}`].filter(Boolean).join(', ');
    lines.push(`${indent}target ${t.target}${extra ? ` (${extra})` : ''}`);
  }
  for (const runtime of aot.runtimes) lines.push(`${indent}loads in: ${runtime}`);
  if (aot.wasmDigest) lines.push(`${indent}compiled from ${aot.wasmDigest}`);
  if (aot.subject) lines.push(`${indent}for image ${aot.subject}`);
  return lines;
}

/** The --json document: one object, the manifest and config as parsed JSON. */
export function inspectDocument(image: InspectedImage): Record<string, unknown> {
  return {
    reference: image.reference,
    digest: image.digest,
    mediaType: image.mediaType,
    format: image.format,
    manifest: image.manifest,
    config: image.config ?? null,
    ...(image.aot ? { aot: image.aot } : {}),
    ...(image.tags ? { tags: image.tags } : {}),
    ...(image.companions ? { aotImages: image.companions } : {}),
    ...(image.referrers ? { referrers: image.referrers } : {}),
    ...(image.signatures ? { signatures: image.signatures } : {}),
  };
}
