import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../../src/package-info.js';
import { defaultTemplatesDir, initProject, listTemplates, projectName, renderTemplate, targetPath } from '../../../src/pipeline/init.js';
import { validateConfig } from '../../../src/config/load.js';
import { WasmpackError } from '../../../src/errors.js';

const SCHEMA_URL = 'https://raw.githubusercontent.com/wasmpack/wasmpack/main/schemas/wasmpack.schema.json';
const templatesDir = defaultTemplatesDir();

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-init-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('the templates directory is the package root\'s own, not one under dist/', async () => {
  assert.equal(templatesDir, join(packageRoot(), 'templates'));
  assert.doesNotMatch(templatesDir, /[\\/]dist[\\/]/);
  await stat(join(templatesDir, 'go', 'template.json'));
});

test('listTemplates lists the shipped templates with descriptions, sorted', async () => {
  const list = await listTemplates(templatesDir);
  assert.deepEqual(list.map((t) => t.name), ['c', 'go', 'rust', 'tinygo', 'wasm']);
  for (const t of list) assert.ok(t.description.length > 10, `${t.name} has a description`);
  assert.deepEqual(Object.fromEntries(list.map((t) => [t.name, t.language])), { c: 'c', go: 'go', rust: 'rust', tinygo: 'go', wasm: 'wasm' });
});

test('renderTemplate replaces known keys only, leaving GitHub expressions alone', () => {
  assert.equal(renderTemplate('name = "{{name}}" {{other}} ${{ github.sha }}', { name: 'demo' }), 'name = "demo" {{other}} ${{ github.sha }}');
});

test('targetPath turns dot- segments into dot files', () => {
  assert.equal(targetPath('dot-gitignore'), '.gitignore');
  assert.equal(targetPath('dot-github/workflows/wasm-image.yml'), join('.github', 'workflows', 'wasm-image.yml'));
  assert.equal(targetPath('src/main.rs'), join('src', 'main.rs'));
});

test('projectName makes a name Cargo, Go and OCI all accept', () => {
  assert.equal(projectName('My Cool App!'), 'my-cool-app');
  assert.equal(projectName('9lives'), 'app-9lives');
  assert.equal(projectName('___'), 'app');
  assert.equal(projectName('hello_world'), 'hello_world');
});

for (const template of ['c', 'go', 'rust', 'tinygo', 'wasm']) {
  test(`template ${template}: init writes a project whose wasmpack.json has $schema and validates`, async (t) => {
    const dir = join(await tempDir(t), 'My Project');
    const result = await initProject({ dir, template, templatesDir });
    assert.equal(result.name, 'my-project');
    for (const f of ['wasmpack.json', '.gitignore', 'Makefile', join('.github', 'workflows', 'wasm-image.yml'), join('k8s', 'deployment.yaml'), join('k8s', 'runtimeclass.yaml')]) {
      assert.ok(result.written.includes(f), `${template} writes ${f}`);
      await stat(join(dir, f));
    }
    assert.ok(!result.written.includes('template.json'), 'the manifest is not copied');
    for (const f of result.written) {
      const text = await readFile(join(dir, f), 'utf8');
      assert.doesNotMatch(text, /\{\{name\}\}/, `${f} is fully rendered`);
    }
    const config = JSON.parse(await readFile(join(dir, 'wasmpack.json'), 'utf8')) as Record<string, unknown>;
    assert.equal(config.$schema, SCHEMA_URL);
    assert.equal(config.name, 'my-project');
    await validateConfig(config, join(dir, 'wasmpack.json'));

    const gitignore = await readFile(join(dir, '.gitignore'), 'utf8');
    assert.match(gitignore, /^\.wasmpack\/$/m);
    assert.match(gitignore, /^\*\.wasm$/m);
    const makefile = await readFile(join(dir, 'Makefile'), 'utf8');
    assert.match(makefile, /^image:.*\n\t\$\(WASMPACK\) build -t \$\(IMAGE\)$/m);
    assert.match(makefile, /^push: image\n\t\$\(WASMPACK\) push$/m);
    const workflow = await readFile(join(dir, '.github', 'workflows', 'wasm-image.yml'), 'utf8');
    assert.match(workflow, /packages: write/);
    assert.match(workflow, /^  pull_request:$/m);
    assert.match(workflow, /^        uses: wasmpack\/wasmpack@v1\n        with:\n          images: ghcr\.io\/\$\{\{ github\.repository \}\}$/m);
    assert.doesNotMatch(workflow, /npx wasmpack|setup-node/, 'the action replaces setting up Node and calling the CLI');
  });
}

test('every template gets the shared Kubernetes manifests: a Deployment of wasmpack://. for resolve, and its RuntimeClass', async (t) => {
  const dir = await tempDir(t);
  await initProject({ dir, template: 'c', name: 'demo', templatesDir });
  const { parseAllDocuments } = await import('yaml');
  const [deployment] = parseAllDocuments(await readFile(join(dir, 'k8s', 'deployment.yaml'), 'utf8')) as unknown as Array<{ toJS(): any }>;
  const pod = deployment!.toJS().spec.template;
  assert.equal(pod.spec.containers[0].image, 'wasmpack://.');
  assert.equal(pod.spec.containers[0].name, 'demo');
  assert.equal(pod.metadata.annotations['module.wasm.image/variant'], 'compat');
  const [runtimeClass] = parseAllDocuments(await readFile(join(dir, 'k8s', 'runtimeclass.yaml'), 'utf8')) as unknown as Array<{ toJS(): any }>;
  assert.deepEqual(runtimeClass!.toJS(), { apiVersion: 'node.k8s.io/v1', kind: 'RuntimeClass', metadata: { name: pod.spec.runtimeClassName }, handler: 'crun-wasm' });
});

test('a template\'s own file wins over the shared one of the same name', async (t) => {
  const root = await tempDir(t);
  await mkdir(join(root, 'mine', 'k8s'), { recursive: true });
  await mkdir(join(root, '_shared', 'k8s'), { recursive: true });
  await writeFile(join(root, 'mine', 'template.json'), '{"description": "test", "language": "wasm"}');
  await writeFile(join(root, 'mine', 'k8s', 'deployment.yaml'), 'own: {{name}}\n');
  await writeFile(join(root, '_shared', 'k8s', 'deployment.yaml'), 'shared\n');
  await writeFile(join(root, '_shared', 'k8s', 'extra.yaml'), 'extra: {{name}}\n');
  const dir = join(root, 'out');
  const result = await initProject({ dir, template: 'mine', name: 'x', templatesDir: root });
  assert.deepEqual(result.written, [join('k8s', 'deployment.yaml'), join('k8s', 'extra.yaml')]);
  assert.equal(await readFile(join(dir, 'k8s', 'deployment.yaml'), 'utf8'), 'own: x\n');
  assert.equal(await readFile(join(dir, 'k8s', 'extra.yaml'), 'utf8'), 'extra: x\n');
  assert.deepEqual((await listTemplates(root)).map((t) => t.name), ['mine'], '_shared is not a template');
});

test('rust template: edition 2021, no dependencies, no Cargo.lock', async (t) => {
  const dir = await tempDir(t);
  const result = await initProject({ dir, template: 'rust', name: 'demo', templatesDir });
  const cargo = await readFile(join(dir, 'Cargo.toml'), 'utf8');
  assert.match(cargo, /^name = "demo"$/m);
  assert.match(cargo, /^edition = "2021"$/m);
  assert.match(cargo, /\[dependencies\]\n\n/);
  assert.ok(!result.written.includes('Cargo.lock'));
});

test('go template: go.mod names the project module and needs only Go 1.21', async (t) => {
  const dir = await tempDir(t);
  await initProject({ dir, template: 'go', name: 'demo', templatesDir });
  assert.equal(await readFile(join(dir, 'go.mod'), 'utf8'), 'module example.com/demo\n\ngo 1.21\n');
});

test('init refuses to overwrite and writes nothing; --force overwrites', async (t) => {
  const dir = await tempDir(t);
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'main.c'), 'mine');
  await writeFile(join(dir, 'Makefile'), 'mine');
  await assert.rejects(initProject({ dir, template: 'c', templatesDir }), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.equal(err.code, 'INIT_WOULD_OVERWRITE');
    assert.match(err.message, /Makefile/);
    assert.match(err.message, /src\/main\.c/);
    assert.match(err.hint ?? '', /--force/);
    return true;
  });
  await assert.rejects(stat(join(dir, 'wasmpack.json')), { code: 'ENOENT' });
  assert.equal(await readFile(join(dir, 'Makefile'), 'utf8'), 'mine');

  const result = await initProject({ dir, template: 'c', force: true, templatesDir });
  assert.ok(result.written.includes('Makefile'));
  assert.notEqual(await readFile(join(dir, 'Makefile'), 'utf8'), 'mine');
});

test('unknown template lists the available ones', async (t) => {
  const dir = await tempDir(t);
  await assert.rejects(initProject({ dir, template: 'cobol', templatesDir }), (err: unknown) => {
    assert.ok(err instanceof WasmpackError);
    assert.equal(err.code, 'UNKNOWN_TEMPLATE');
    assert.match(err.message, /"cobol"/);
    assert.match(err.message, /c, go, rust, tinygo, wasm/);
    return true;
  });
});

test('init creates the target directory when it is missing', async (t) => {
  const dir = join(await tempDir(t), 'a', 'b');
  const result = await initProject({ dir, template: 'go', templatesDir });
  assert.equal(result.name, 'b');
  await stat(join(dir, 'main.go'));
});
