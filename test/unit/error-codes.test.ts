/**
 * README#error-codes lists every code wasmpack can stop with, and nothing else: the codes thrown
 * in src/ and the table's first column must be the same set, both ways.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/cli.js';

const CODE = "'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,})'";
/**
 * Where a code is given to an error: new XError('CODE', make('CODE' (registry errors),
 * errorCode: 'CODE' (runChecked), a `code = 'CODE'` parameter default (typed or not), the last argument of a
 * call to a function that has such a parameter (assertTag(..., 'AOT_BAD_TAG')), and the text
 * `error[CODE]` where an error is written out by hand.
 */
function thrownPatterns(sources: readonly string[]): RegExp[] {
  const takesCode = new Set(sources.flatMap((text) => [...text.matchAll(/function (\w+)\([^)]*\bcode(?:\s*:\s*\w+)?\s*=/g)].map((m) => m[1]!)));
  return [
    new RegExp(`new \\w*Error\\(\\s*${CODE}`, 'g'),
    new RegExp(`\\bmake\\(\\s*${CODE}`, 'g'),
    new RegExp(`errorCode:\\s*${CODE}`, 'g'),
    new RegExp(`\\bcode(?:\\s*:\\s*\\w+)?\\s*=\\s*${CODE}`, 'g'),
    ...[...takesCode].map((name) => new RegExp(`\\b${name}\\([^;]*?,\\s*${CODE}\\)`, 'g')),
    // Written out where nothing can be imported yet (the node version check): `error[CODE]: ...`.
    /\berror\[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\]/g,
  ];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

function codesInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const files = sourceFiles(join(REPO_ROOT, 'src')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const patterns = thrownPatterns(files.map((f) => f.text));
  for (const { file, text } of files) {
    for (const pattern of patterns) for (const m of text.matchAll(pattern)) if (!found.has(m[1]!)) found.set(m[1]!, file.slice(REPO_ROOT.length + 1));
  }
  return found;
}

function codesInReadme(): Set<string> {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Error codes'), readme.indexOf('### Exit codes'));
  return new Set([...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]!));
}

test('every code thrown in src/ is in README#error-codes', () => {
  const readme = codesInReadme();
  const missing = [...codesInSource()].filter(([code]) => !readme.has(code)).map(([code, file]) => `${code} (${file})`);
  assert.deepEqual(missing, [], 'add a row for each to the README table');
});

test('every code in README#error-codes is thrown somewhere in src/', () => {
  const source = codesInSource();
  const stale = [...codesInReadme()].filter((code) => !source.has(code));
  assert.deepEqual(stale, [], 'remove these rows, or the code that throws them is written in a way this test does not see');
});

test('the extraction sees the ways codes are given (it would miss nothing it claims to find)', () => {
  const source = codesInSource();
  for (const code of ['BAD_REGISTRY', 'CONFIG_TOO_BIG', 'REGISTRY_DENIED', 'C_COMPILE_FAILED', 'AOT_BAD_TAG', 'BAD_TAG', 'UNKNOWN_COMMAND', 'INTERRUPTED', 'NODE_TOO_OLD']) assert.ok(source.has(code), code);
  // Codes a registry or node speaks are not ours.
  for (const foreign of ['BLOB_UNKNOWN', 'ENOENT', 'SOURCE_DATE_EPOCH']) assert.ok(!source.has(foreign), foreign);
});
