import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { WasmpackError } from '../errors.js';
import { packageRoot } from '../package-info.js';
import { moduleName } from '../toolchains/module-name.js';

/**
 * Project templates for `wasmpack init`: templates/<name>/ holds the files of a new project plus a
 * template.json ({ "description", "language" }) that is not copied. Two conventions:
 * - a path segment starting with `dot-` is written with a leading '.' (`dot-gitignore` ->
 *   `.gitignore`, `dot-github/` -> `.github/`), because npm drops or renames dot files such as
 *   .gitignore when publishing, and the templates ship inside the npm package;
 * - `{{name}}` (and the other keys of TemplateVars, no spaces inside the braces) is replaced at
 *   init; anything else in braces, such as GitHub's `${{ github.sha }}`, is left alone.
 */

export const TEMPLATE_MANIFEST = 'template.json';
/** Files every template gets (listTemplates skips directories starting with '_'). */
export const SHARED_TEMPLATE = '_shared';

export interface TemplateInfo {
  name: string;
  description: string;
  language: string;
  /** Absolute directory of the template. */
  dir: string;
}

export interface TemplateVars {
  /** Project, module and image name (sanitised). */
  name: string;
}

export interface InitOptions {
  /** Where the project goes; created when missing. */
  dir: string;
  template: string;
  /** Project name; defaults to the directory's base name. */
  name?: string;
  /** Overwrite files that already exist. */
  force?: boolean;
  /** Defaults to the templates/ directory shipped with wasmpack. */
  templatesDir?: string;
}

export interface InitResult {
  template: string;
  name: string;
  /** Project-relative paths written, sorted. */
  written: string[];
}

/** The templates/ directory shipped in the npm package (found from src/ or dist/src/ alike). */
export function defaultTemplatesDir(): string {
  return join(packageRoot(), 'templates');
}

export async function listTemplates(templatesDir: string = defaultTemplatesDir()): Promise<TemplateInfo[]> {
  const entries = await readdir(templatesDir, { withFileTypes: true }).catch(() => []);
  const templates: TemplateInfo[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
    const dir = join(templatesDir, entry.name);
    const manifest = await readFile(join(dir, TEMPLATE_MANIFEST), 'utf8').then(
      (t) => JSON.parse(t) as { description?: string; language?: string },
      () => undefined,
    );
    if (!manifest) continue;
    templates.push({ name: entry.name, description: manifest.description ?? '', language: manifest.language ?? entry.name, dir });
  }
  return templates.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A name that is valid everywhere the templates use it: Cargo package, Go module path element,
 * file name and OCI repository component (lower case letters, digits, '-' and '_', starting with a
 * letter).
 */
export function projectName(raw: string): string {
  // The module-name rule, minus the dots Cargo and Go module elements do not take.
  let name = moduleName(raw.replace(/\./g, '-'));
  if (/^[0-9]/.test(name)) name = `app-${name}`;
  return name;
}

export function renderTemplate(text: string, vars: TemplateVars): string {
  const values: Record<string, string> = { ...vars };
  return text.replace(/\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** Template path -> project path: `dot-x` segments become `.x`. */
export function targetPath(templateRelative: string): string {
  return templateRelative
    .split(/[\\/]/)
    .map((segment) => (segment.startsWith('dot-') ? `.${segment.slice(4)}` : segment))
    .join(sep);
}

async function filesUnder(root: string, dir = root): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(root, full)));
    else if (entry.isFile()) out.push(relative(root, full));
  }
  return out;
}

export async function initProject(options: InitOptions): Promise<InitResult> {
  const templatesDir = options.templatesDir ?? defaultTemplatesDir();
  const templates = await listTemplates(templatesDir);
  const template = templates.find((t) => t.name === options.template);
  if (!template) {
    throw new WasmpackError(
      'UNKNOWN_TEMPLATE',
      `there is no template named "${options.template}"; available: ${templates.map((t) => t.name).join(', ') || '(none found in ' + templatesDir + ')'}.`,
      'pick one with --template <name>; `wasmpack init --list` describes them',
    );
  }

  const dir = resolve(options.dir);
  const vars: TemplateVars = { name: projectName(options.name ?? basename(dir)) };
  const own = (await filesUnder(template.dir)).filter((f) => f !== TEMPLATE_MANIFEST);
  // templates/_shared/ (the Kubernetes manifests) goes into every project; a template's own file of the same name wins.
  const sharedDir = join(templatesDir, SHARED_TEMPLATE);
  const shared = (await filesUnder(sharedDir).catch(() => [])).filter((f) => !own.includes(f));
  const plan = [...own.map((f) => ({ source: join(template.dir, f), target: targetPath(f) })), ...shared.map((f) => ({ source: join(sharedDir, f), target: targetPath(f) }))].sort((a, b) => a.target.localeCompare(b.target));

  // Check everything before writing anything, so a refused init leaves the directory untouched.
  if (!options.force) {
    const existing: string[] = [];
    for (const { target } of plan) {
      if (await stat(join(dir, target)).then(() => true, () => false)) existing.push(target);
    }
    if (existing.length > 0) {
      throw new WasmpackError(
        'INIT_WOULD_OVERWRITE',
        `${dir} already has ${existing.join(', ')}; wasmpack init does not overwrite files.`,
        'use --force to overwrite them, or init into an empty directory',
      );
    }
  }

  for (const { source, target } of plan) {
    const destination = join(dir, target);
    await mkdir(dirname(destination), { recursive: true });
    const mode = (await stat(source)).mode & 0o777;
    await writeFile(destination, renderTemplate(await readFile(source, 'utf8'), vars), { mode });
  }
  return { template: template.name, name: vars.name, written: plan.map((p) => p.target).sort() };
}
