import { test } from 'node:test';
import assert from 'node:assert/strict';
import { autoBooleanInput, booleanInput, input, keyValueInput, listInput, readInputs, splitArgs } from '../../../src/action/inputs.js';
import { WasmpackError } from '../../../src/errors.js';

const badInput = (name: string) => (err: unknown) => err instanceof WasmpackError && err.code === 'ACTION_BAD_INPUT' && err.message.includes(`"${name}"`) && /README#action-inputs/.test(err.hint ?? '');

test('input names become INPUT_ variables as the runner spells them: upper case, spaces to _, hyphens kept', () => {
  const env = { 'INPUT_AOT-TARGETS': ' x86_64 ', INPUT_MY_INPUT: 'v', 'INPUT_GITHUB-TOKEN': 't' };
  assert.equal(input(env, 'aot-targets'), 'x86_64');
  assert.equal(input(env, 'my input'), 'v');
  assert.equal(input(env, 'github-token'), 't');
  assert.equal(input(env, 'absent'), '');
});

test('lists split on newlines and commas, trimmed, blanks dropped; K=V inputs split on newlines only', () => {
  const env = { INPUT_IMAGES: 'ghcr.io/a/b, docker.io/c/d\n\n  quay.io/e/f  ,', INPUT_LABELS: 'a=1,2\n b = x=y \n\n' };
  assert.deepEqual(listInput(env, 'images'), ['ghcr.io/a/b', 'docker.io/c/d', 'quay.io/e/f']);
  assert.deepEqual(keyValueInput(env, 'labels'), { a: '1,2', b: 'x=y' });
  assert.throws(() => keyValueInput({ INPUT_LABELS: 'novalue' }, 'labels'), badInput('labels'));
  assert.throws(() => keyValueInput({ INPUT_LABELS: '=v' }, 'labels'), badInput('labels'));
});

test('booleans are the YAML 1.2 core ones; push also takes auto (or empty) for "decide from the event"', () => {
  for (const v of ['true', 'True', 'TRUE']) assert.equal(booleanInput({ INPUT_AOT: v }, 'aot', false), true);
  for (const v of ['false', 'False', 'FALSE']) assert.equal(booleanInput({ INPUT_AOT: v }, 'aot', true), false);
  assert.equal(booleanInput({}, 'aot', true), true);
  assert.throws(() => booleanInput({ INPUT_AOT: 'yes' }, 'aot', false), badInput('aot'));
  assert.equal(autoBooleanInput({ INPUT_PUSH: 'auto' }, 'push'), undefined);
  assert.equal(autoBooleanInput({ INPUT_PUSH: '' }, 'push'), undefined);
  assert.equal(autoBooleanInput({ INPUT_PUSH: 'false' }, 'push'), false);
  assert.throws(() => autoBooleanInput({ INPUT_PUSH: '1' }, 'push'), badInput('push'));
});

test('readInputs: defaults, lower-cased images, and a checked format', () => {
  const inputs = readInputs({ INPUT_IMAGES: 'GHCR.io/Acme/App', INPUT_FORMAT: 'artifact', INPUT_ARGS: '--debug' });
  assert.equal(inputs.path, '.');
  assert.deepEqual(inputs.images, ['ghcr.io/acme/app']);
  assert.equal(inputs.format, 'artifact');
  assert.equal(inputs.push, undefined);
  assert.equal(inputs.aot, false);
  assert.deepEqual(inputs.args, ['--debug']);
  assert.throws(() => readInputs({ INPUT_FORMAT: 'oci' }), badInput('format'));
});

test('args split like a shell splits words, with no expansion', () => {
  assert.deepEqual(splitArgs(''), []);
  assert.deepEqual(splitArgs('  --debug   --compression zstd '), ['--debug', '--compression', 'zstd']);
  assert.deepEqual(splitArgs(`--env 'A=two words' --env "B=say \\"hi\\" \\$HOME" C\\ D`), ['--env', 'A=two words', '--env', 'B=say "hi" $HOME', 'C D']);
  assert.deepEqual(splitArgs(`--cmd ''`), ['--cmd', '']);
  assert.deepEqual(splitArgs('$HOME ~ *'), ['$HOME', '~', '*']);
  assert.deepEqual(splitArgs('--a \\\n--b'), ['--a', '--b']);
  assert.throws(() => splitArgs(`--env 'A`), badInput('args'));
  assert.throws(() => splitArgs('--env "A'), badInput('args'));
});

test('sbom is spdx, cyclonedx or none (spdx by default, case-insensitive); provenance is a boolean, true by default', () => {
  assert.equal(readInputs({}).sbom, 'spdx');
  assert.equal(readInputs({}).provenance, true);
  assert.equal(readInputs({ INPUT_SBOM: ' CycloneDX ' }).sbom, 'cyclonedx');
  assert.equal(readInputs({ INPUT_SBOM: 'none', INPUT_PROVENANCE: 'false' }).sbom, 'none');
  assert.equal(readInputs({ INPUT_PROVENANCE: 'False' }).provenance, false);
  assert.throws(() => readInputs({ INPUT_SBOM: 'spdx-json' }), (err: unknown) => badInput('sbom')(err) && /spdx, cyclonedx or none, got "spdx-json"/.test((err as Error).message));
  assert.throws(() => readInputs({ INPUT_PROVENANCE: 'slsa' }), badInput('provenance'));
});
