import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  moduleName
} from "./shared-toolchains-module-name.js";
import {
  WasmpackCommand
} from "./shared-cli-base.js";
import "./shared-report-console.js";
import {
  require_advanced
} from "./shared-typanion.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  packageRoot
} from "./shared-package-info.js";
import {
  __name,
  __toESM
} from "./shared-runtime.js";

// src/cli/commands/init.ts
var import_clipanion = __toESM(require_advanced(), 1);

// src/pipeline/init.ts
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
var TEMPLATE_MANIFEST = "template.json", SHARED_TEMPLATE = "_shared";
function defaultTemplatesDir() {
  return join(packageRoot(), "templates");
}
__name(defaultTemplatesDir, "defaultTemplatesDir");
async function listTemplates(templatesDir = defaultTemplatesDir()) {
  let entries = await readdir(templatesDir, { withFileTypes: !0 }).catch(() => []), templates = [];
  for (let entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith("_") || entry.name.startsWith(".")) continue;
    let dir = join(templatesDir, entry.name), manifest = await readFile(join(dir, TEMPLATE_MANIFEST), "utf8").then(
      (t) => JSON.parse(t),
      () => {
      }
    );
    manifest && templates.push({ name: entry.name, description: manifest.description ?? "", language: manifest.language ?? entry.name, dir });
  }
  return templates.sort((a, b) => a.name.localeCompare(b.name));
}
__name(listTemplates, "listTemplates");
function projectName(raw) {
  let name = moduleName(raw.replace(/\./g, "-"));
  return /^[0-9]/.test(name) && (name = `app-${name}`), name;
}
__name(projectName, "projectName");
function renderTemplate(text, vars) {
  let values = { ...vars };
  return text.replace(/\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g, (whole, key) => values[key] ?? whole);
}
__name(renderTemplate, "renderTemplate");
function targetPath(templateRelative) {
  return templateRelative.split(/[\\/]/).map((segment) => segment.startsWith("dot-") ? `.${segment.slice(4)}` : segment).join(sep);
}
__name(targetPath, "targetPath");
async function filesUnder(root, dir = root) {
  let out = [];
  for (let entry of await readdir(dir, { withFileTypes: !0 })) {
    let full = join(dir, entry.name);
    entry.isDirectory() ? out.push(...await filesUnder(root, full)) : entry.isFile() && out.push(relative(root, full));
  }
  return out;
}
__name(filesUnder, "filesUnder");
async function initProject(options) {
  let templatesDir = options.templatesDir ?? defaultTemplatesDir(), templates = await listTemplates(templatesDir), template = templates.find((t) => t.name === options.template);
  if (!template)
    throw new WasmpackError(
      "UNKNOWN_TEMPLATE",
      `there is no template named "${options.template}"; available: ${templates.map((t) => t.name).join(", ") || "(none found in " + templatesDir + ")"}.`,
      "pick one with --template <name>; `wasmpack init --list` describes them"
    );
  let dir = resolve(options.dir), vars = { name: projectName(options.name ?? basename(dir)) }, own = (await filesUnder(template.dir)).filter((f) => f !== TEMPLATE_MANIFEST), sharedDir = join(templatesDir, SHARED_TEMPLATE), shared = (await filesUnder(sharedDir).catch(() => [])).filter((f) => !own.includes(f)), plan = [...own.map((f) => ({ source: join(template.dir, f), target: targetPath(f) })), ...shared.map((f) => ({ source: join(sharedDir, f), target: targetPath(f) }))].sort((a, b) => a.target.localeCompare(b.target));
  if (!options.force) {
    let existing = [];
    for (let { target } of plan)
      await stat(join(dir, target)).then(() => !0, () => !1) && existing.push(target);
    if (existing.length > 0)
      throw new WasmpackError(
        "INIT_WOULD_OVERWRITE",
        `${dir} already has ${existing.join(", ")}; wasmpack init does not overwrite files.`,
        "use --force to overwrite them, or init into an empty directory"
      );
  }
  for (let { source, target } of plan) {
    let destination = join(dir, target);
    await mkdir(dirname(destination), { recursive: !0 });
    let mode = (await stat(source)).mode & 511;
    await writeFile(destination, renderTemplate(await readFile(source, "utf8"), vars), { mode });
  }
  return { template: template.name, name: vars.name, written: plan.map((p) => p.target).sort() };
}
__name(initProject, "initProject");

// src/cli/commands/init.ts
var InitCommand = class extends WasmpackCommand {
  static {
    __name(this, "InitCommand");
  }
  static paths = [["init"]];
  static usage = import_clipanion.Command.Usage({
    category: "Project",
    description: "Start a project from a template (Rust, C, Go, TinyGo or a prebuilt module)",
    details: `
      Writes a minimal program, a wasmpack.json with its $schema, a .gitignore, a Makefile with
      image/push targets and a GitHub workflow that builds and pushes the image. Existing files
      are never overwritten unless --force is given.
    `,
    examples: [
      ["List the templates", "$0 init --list"],
      ["Start a Rust project in ./hello", "$0 init hello --template rust"]
    ]
  });
  dir = import_clipanion.Option.String({ required: !1, name: "DIR" });
  template = import_clipanion.Option.String("--template", "rust", { description: "Template name (see --list)" });
  name = import_clipanion.Option.String("--name", { description: "Project name (default: the directory name)" });
  force = import_clipanion.Option.Boolean("--force", !1, { description: "Overwrite existing files" });
  list = import_clipanion.Option.Boolean("--list", !1, { description: "List the templates" });
  async run() {
    if (this.list) {
      let templates = await listTemplates(), width = Math.max(...templates.map((t) => t.name.length));
      return this.output(templates.map((t) => `${t.name.padEnd(width)}  ${t.description}`), templates.map(({ name, description, language }) => ({ name, description, language }))), 0;
    }
    let result = await initProject({ dir: this.dir ?? ".", template: this.template, name: this.name, force: this.force });
    return this.reporter.succeed(`created ${result.name} from the ${result.template} template`), this.output(result.written, result), 0;
  }
};
export {
  InitCommand
};
