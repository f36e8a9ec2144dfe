// The workflows that use the action (ours and the init templates') only pass inputs action.yml
// declares, and cover what they claim to cover.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT } from '../../helpers/cli.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[]; strategy?: { matrix?: Record<string, unknown[]> } }>;
}

const action = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> };
const read = (path: string) => parseYaml(readFileSync(path, 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

function assertKnownInputs(step: Step, where: string): void {
  for (const name of Object.keys(step.with ?? {})) assert.ok(name in action.inputs, `${where}: input "${name}" is not in action.yml`);
}

test('our examples workflow builds every example with uses: ./', () => {
  const workflow = read(join(REPO_ROOT, '.github', 'workflows', 'examples.yml'));
  const job = workflow.jobs.example!;
  const examples = readdirSync(join(REPO_ROOT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  assert.deepEqual([...(job.strategy!.matrix!.example as string[])].sort(), examples.sort());
  const uses = steps(workflow).filter((s) => s.uses === './');
  assert.equal(uses.length, 1);
  assertKnownInputs(uses[0]!, 'examples.yml');
  assert.equal(uses[0]!.with!.path, 'examples/${{ matrix.example }}');
  assert.ok('pull_request' in workflow.on && 'push' in workflow.on);
});

test('every init template workflow uses the published action, with known inputs, on PRs, main and v* tags', () => {
  // templates/_shared/ is not a template (listTemplates skips '_' directories): its files join every one.
  const templates = readdirSync(join(REPO_ROOT, 'templates')).filter((t) => !t.startsWith('_'));
  assert.ok(templates.length >= 5);
  for (const template of templates) {
    const path = join(REPO_ROOT, 'templates', template, 'dot-github', 'workflows', 'wasm-image.yml');
    const workflow = read(path);
    const uses = steps(workflow).filter((s) => s.uses?.startsWith('wasmpack/wasmpack@'));
    assert.equal(uses.length, 1, `${template} uses the action once`);
    assert.equal(uses[0]!.uses, 'wasmpack/wasmpack@v1');
    assertKnownInputs(uses[0]!, template);
    assert.ok(!steps(workflow).some((s) => JSON.stringify(s).includes('npx wasmpack')), `${template} no longer calls the CLI`);
    assert.ok('pull_request' in workflow.on, `${template} checks pull requests`);
    assert.deepEqual((workflow.on.push as { tags: string[] }).tags, ['v*']);
    assert.equal(workflow.permissions?.packages, 'write', `${template} may push to ghcr.io`);
    assert.equal(workflow.permissions?.['id-token'], 'write', `${template} signs keyless`);
    const text = readFileSync(path, 'utf8');
    assert.match(text, /# sbom: spdx\b/, `${template} shows the SBOM default`);
    assert.match(text, /# provenance: true\b/, `${template} shows the provenance default`);
  }
});

test('README documents exactly the inputs and outputs action.yml declares, and the action-only error codes', () => {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const tableNames = (heading: string) => {
    const section = readme.split(`\n### ${heading}\n`)[1]!.split('\n### ')[0]!;
    return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  };
  const meta = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: object; outputs: object };
  assert.deepEqual(tableNames('Action inputs'), Object.keys(meta.inputs));
  assert.deepEqual(tableNames('Action outputs'), Object.keys(meta.outputs));
  const sources = readdirSync(join(REPO_ROOT, 'src', 'action')).map((f) => readFileSync(join(REPO_ROOT, 'src', 'action', f), 'utf8')).join('\n');
  const codes = [...new Set([...sources.matchAll(/'(ACTION_[A-Z_]+)'/g)].map((m) => m[1]!))];
  assert.ok(codes.length >= 3);
  for (const code of codes) assert.match(readme, new RegExp(`^\\| \`${code}\` \\|`, 'm'), `${code} is in README's error table`);
});
