import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeData, escapeProperty, newDelimiter, outputEntry, Workflow, workflowCommand } from '../../../src/action/commands.js';
import { tempDir } from '../../helpers/temp-dirs.js';

test('messages escape %, CR and LF; properties also : and ,', () => {
  assert.equal(escapeData('50% done\r\nnext'), '50%25 done%0D%0Anext');
  assert.equal(escapeProperty('a:b,c%'), 'a%3Ab%2Cc%25');
  assert.equal(workflowCommand('error', { file: 'app/wasmpack.json', line: 3, col: undefined, title: 'wasmpack CONFIG_INVALID' }, 'bad\nhint: fix'), '::error file=app/wasmpack.json,line=3,title=wasmpack CONFIG_INVALID::bad%0Ahint: fix');
  assert.equal(workflowCommand('endgroup', {}, ''), '::endgroup::');
});

test('GITHUB_OUTPUT entries use the multi-line form with a delimiter that is not in the value', () => {
  assert.equal(outputEntry('tags', 'a\nb', 'EOF_1'), 'tags<<EOF_1\na\nb\nEOF_1\n');
  assert.throws(() => outputEntry('x', 'has EOF_1 inside', 'EOF_1'));
  assert.notEqual(newDelimiter(), newDelimiter());
});

async function workflowInTemp() {
  const dir = await tempDir('wasmpack-workflow-');
  const env = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  await writeFile(env.GITHUB_OUTPUT, '');
  await writeFile(env.GITHUB_STEP_SUMMARY, '');
  const lines: string[] = [];
  return { env, lines, workflow: new Workflow({ write: (t) => lines.push(t), env }) };
}

test('masked secrets are sent once with ::add-mask:: and scrubbed from every later line, output and summary', async () => {
  const { env, lines, workflow } = await workflowInTemp();
  workflow.mask('s3cret');
  workflow.mask('s3cret');
  workflow.mask('');
  workflow.log('login with s3cret');
  workflow.error('failed: s3cret', { title: 'x' });
  await workflow.setOutput('leak', 'value s3cret');
  await workflow.appendSummary('| s3cret |\n');
  assert.equal(lines.filter((l) => l.startsWith('::add-mask::')).length, 1);
  assert.deepEqual(lines.slice(1), ['login with ***\n', '::error title=x::failed: ***\n']);
  assert.doesNotMatch(await readFile(env.GITHUB_OUTPUT, 'utf8'), /s3cret/);
  assert.match(await readFile(env.GITHUB_OUTPUT, 'utf8'), /^leak<<ghadelimiter_[0-9a-f-]+\nvalue \*\*\*\n/);
  assert.equal(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8'), '| *** |\n');
});

test('a multi-line secret is masked line by line, as the runner matches per line', async () => {
  const { lines, workflow } = await workflowInTemp();
  workflow.mask('line-one\nline-two');
  assert.equal(lines.filter((l) => l.startsWith('::add-mask::')).length, 3);
  workflow.log('x line-two y');
  assert.equal(lines.at(-1), 'x *** y\n');
});

test('credentials in URLs and Authorization values are redacted too (errors.ts redact)', async () => {
  const { lines, workflow } = await workflowInTemp();
  workflow.log('GET https://user:pw@example.com/v2/ with Bearer abcdefghijklmnop');
  assert.equal(lines[0], 'GET https://***:***@example.com/v2/ with Bearer ***\n');
});

test('groups do not nest: opening one closes the open one; an error closes it first', async () => {
  const { lines, workflow } = await workflowInTemp();
  workflow.group('build');
  workflow.group('push');
  workflow.error('boom');
  workflow.endGroup();
  assert.deepEqual(lines, ['::group::build\n', '::endgroup::\n', '::group::push\n', '::endgroup::\n', '::error::boom\n']);
});

test('without GITHUB_OUTPUT (a local run) outputs are logged; without GITHUB_STEP_SUMMARY the summary is dropped', async () => {
  const lines: string[] = [];
  const workflow = new Workflow({ write: (t) => lines.push(t), env: {} });
  await workflow.setOutput('digest', 'sha256:x');
  await workflow.appendSummary('# hi');
  assert.deepEqual(lines, ['output digest=sha256:x\n']);
});
