import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorPosition, failureAnnotation } from '../../../src/action/failure.js';
import { WasmpackError } from '../../../src/errors.js';

test('a wasmpack error keeps its code and hint', () => {
  const f = failureAnnotation(new WasmpackError('NO_PROJECT', 'nothing to build in /w/app', 'pass DIR'), { configFiles: [], workspace: '/w' });
  assert.equal(f.message, 'error[NO_PROJECT]: nothing to build in /w/app\nhint: pass DIR');
  assert.deepEqual(f.properties, { title: 'wasmpack NO_PROJECT' });
});

test('an error in the config file points file= at it, relative to the workspace, with the line when known', () => {
  const text = '{\n  "name": "x",\n  oops\n}\n';
  const err = new WasmpackError('CONFIG_INVALID', `/w/app/wasmpack.json is not valid JSON: Unexpected token o in JSON at position ${text.indexOf('oops')}`, 'fix it');
  const f = failureAnnotation(err, { configFiles: [{ path: '/w/app/wasmpack.json', text }, { path: '/w/app/Cargo.toml' }], workspace: '/w' });
  assert.deepEqual(f.properties, { title: 'wasmpack CONFIG_INVALID', file: 'app/wasmpack.json', line: 3, col: 3 });
  const toml = failureAnnotation(new WasmpackError('CARGO_MANIFEST_INVALID', '/w/app/Cargo.toml [package.metadata.wasmpack] is not a valid wasmpack config: format: must be one of', 'x'), {
    configFiles: [{ path: '/w/app/wasmpack.json' }, { path: '/w/app/Cargo.toml' }],
    workspace: '/w',
  });
  assert.equal(toml.properties.file, 'app/Cargo.toml');
  assert.equal(toml.properties.line, undefined);
});

test('other codes never get file=, even when a config path is in the message', () => {
  const f = failureAnnotation(new WasmpackError('C_COMPILE_FAILED', 'clang failed in /w/app/wasmpack.json dir'), { configFiles: [{ path: '/w/app/wasmpack.json' }], workspace: '/w' });
  assert.equal(f.properties.file, undefined);
});

test('anything else is reported as a bug, with its stack redacted', () => {
  const err = new Error('boom at https://user:pw@example.com/');
  const f = failureAnnotation(err, { configFiles: [], workspace: '/w' });
  assert.match(f.message, /^internal error \(a bug in wasmpack/);
  assert.match(f.message, /boom at https:\/\/\*\*\*:\*\*\*@example\.com/);
  assert.equal(f.properties.title, 'wasmpack: internal error');
});

test('errorPosition reads "line L column C" and turns "at position N" into a line', () => {
  assert.deepEqual(errorPosition('Expected property name (line 3 column 5)', undefined), { line: 3, col: 5 });
  assert.deepEqual(errorPosition('Unexpected token at position 4', 'ab\ncd'), { line: 2, col: 2 });
  assert.deepEqual(errorPosition('Unexpected token at position 4', undefined), {});
  assert.deepEqual(errorPosition('no place given', 'x'), {});
});
