/**
 * The help is generated from the commands' own definitions: these tests hold every command to the
 * shape the top-level help and `COMMAND --help` promise (groups, named placeholders, widths).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATEGORIES, COMMANDS, loadAllCommands } from '../../../src/cli/commands.js';
import { describeCommands, optionSynopsis, type CommandDoc } from '../../../src/cli/help/describe.js';
import { commandHelp, HELP_WIDTH, topHelp } from '../../../src/cli/help/render.js';
import { closest } from '../../../src/cli/help/suggest.js';
import { parseFailure, unknownCommand } from '../../../src/cli/usage-errors.js';
import { integer } from '../../../src/cli/base.js';

let docs: CommandDoc[] | undefined;
async function commands(): Promise<CommandDoc[]> {
  return (docs ??= describeCommands(await loadAllCommands()));
}

test('top-level help: every command once, grouped, under 40 lines of at most 100 characters', async () => {
  const all = await commands();
  const text = topHelp(all, '9.9.9');
  const lines = text.trimEnd().split('\n');
  assert.ok(lines.length < 40, `${lines.length} lines`);
  for (const line of lines) assert.ok(line.length <= HELP_WIDTH, `too wide (${line.length}): ${line}`);
  assert.ok(!text.includes('#0'));
  for (const name of Object.keys(COMMANDS)) assert.equal(lines.filter((l) => l.startsWith(`   ${name} `)).length, 1, `${name} listed once`);
  // The four groups, in order, before the global flags.
  const headings = lines.filter((l) => /^[A-Z].*:$/.test(l));
  assert.deepEqual(headings, [...CATEGORIES.map((c) => `${c}:`), 'Global flags:']);
  assert.match(text, /wasmpack COMMAND --help/);
});

test('every command sits in one of the help groups and describes itself in one line', async () => {
  for (const c of await commands()) {
    assert.ok(CATEGORIES.includes(c.category), `${c.name}: category "${c.category}"`);
    assert.ok(c.description && !c.description.includes('\n'), c.name);
  }
});

test('every option that takes a value names it; none shows clipanion\'s #0', async () => {
  for (const c of await commands()) {
    for (const option of c.options) {
      const synopsis = optionSynopsis(option);
      assert.ok(!synopsis.includes('#'), `${c.name}: ${synopsis}`);
      assert.ok(option.placeholder !== 'VALUE', `${c.name} ${option.names.join(',')}: add its placeholder to PLACEHOLDERS`);
      assert.ok(option.description, `${c.name} ${synopsis} has no description`);
    }
  }
  const build = (await commands()).find((c) => c.name === 'build')!;
  const synopses = build.options.map(optionSynopsis);
  assert.ok(synopses.includes('-t, --tag REF'));
  assert.ok(synopses.includes('--cert-dir DIR'));
  assert.ok(synopses.includes('--tls-verify[=BOOL]'));
});

test('COMMAND --help: options one per line in three sections, and the examples', async () => {
  for (const c of await commands()) {
    const text = commandHelp(c);
    for (const line of text.split('\n')) assert.ok(line.length <= HELP_WIDTH, `${c.name} --help too wide: ${line}`);
    assert.match(text, new RegExp(`^usage: wasmpack ${c.name} \\[OPTIONS\\]`));
    assert.ok(text.includes('Global flags:\n   --json'), c.name);
    for (const option of c.options) assert.ok(text.includes(`   ${optionSynopsis(option)}`), `${c.name}: ${optionSynopsis(option)}`);
    for (const [, example] of c.examples) assert.ok(text.includes(`$ ${example.split(' ').slice(0, 3).join(' ')}`), `${c.name}: ${example}`);
  }
  const push = commandHelp((await commands()).find((c) => c.name === 'push')!);
  assert.match(push, /^Options:\n   -t, --tag REF +Destination reference/m);
  assert.match(push, /^Registry options:\n   --tls-verify\[=BOOL\]/m);
  assert.match(push, /usage: wasmpack push \[OPTIONS\] \[SOURCE\] \[DEST\]/);
});

test('closest: typos and prefixes find the command; unrelated words find nothing', () => {
  const names = Object.keys(COMMANDS);
  const cases: Array<[string, string | undefined]> = [
    ['buidl', 'build'],
    ['biuld', 'build'],
    ['pusj', 'push'],
    ['ins', 'inspect'],
    ['docter', 'doctor'],
    ['lgoin', 'login'],
    ['frobnicate', undefined],
    ['x', undefined],
  ];
  for (const [typed, expected] of cases) assert.equal(closest(typed, names), expected, typed);
  assert.equal(closest('--tga', ['--tag', '--timestamp', '-t']), '--tag');
});

test('an unknown command and an unknown option are coded errors with the closest match', async () => {
  const error = unknownCommand('buidl', Object.keys(COMMANDS));
  assert.equal(error.code, 'UNKNOWN_COMMAND');
  assert.match(error.hint!, /did you mean `wasmpack build`/);
  assert.match(unknownCommand('frobnicate', Object.keys(COMMANDS)).hint!, /build, push/);
  const build = (await commands()).find((c) => c.name === 'build')!;
  const option = parseFailure(new Error('Unsupported option name'), ['build', '-t', 'x', '--compresion=gzip'], build);
  assert.equal(option.code, 'UNKNOWN_OPTION');
  assert.match(option.message, /--compresion/);
  assert.match(option.hint!, /did you mean --compression\?/);
  const other = parseFailure({ candidates: [{ reason: 'Not enough arguments to option --tag.' }] }, ['build', '--tag'], build);
  assert.equal(other.code, 'BAD_USAGE');
  assert.match(other.message, /not enough arguments to option --tag/);
});

test('integer flags: whole numbers within range, else BAD_FLAG naming the flag', () => {
  assert.equal(integer('--jobs', undefined, { min: 1 }), undefined);
  assert.equal(integer('--jobs', '4', { min: 1, max: 32 }), 4);
  assert.equal(integer('--timestamp', '0'), 0);
  for (const bad of ['0', '33', 'abc', '', '1.5', '-1', '0x10', '1e3', '99999999999999999999']) {
    assert.throws(() => integer('--jobs', bad, { min: 1, max: 32 }), (err: { code: string; message: string; hint: string }) => err.code === 'BAD_FLAG' && err.message.includes('--jobs') && /--jobs \d/.test(err.hint), bad);
  }
});

test('README#commands shows the help as it is', async () => {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { packageRoot, packageVersion } = await import('../../../src/package-info.js');
  const readme = await readFile(join(packageRoot(), 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Commands'));
  const shown = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  assert.equal(`${shown}\n`, topHelp(await commands(), packageVersion()), 'paste the output of `node bin/wasmpack.js --help` into README#commands');
});
