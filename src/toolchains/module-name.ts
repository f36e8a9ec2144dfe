/**
 * The module's name inside the image (/<name>.wasm) and in the default tag: lower case and only
 * [a-z0-9._-], because it ends up in file names and OCI repository paths. Every driver, the
 * prebuilt path and `init` start from this one rule.
 */
export function moduleName(raw: string): string {
  const cleaned = raw
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[._-]+|[._-]+$/g, '');
  return cleaned || 'app';
}
