/** The bash completion script, sourced in a real bash, completes commands and each command's options. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadAllCommands } from '../../../src/cli/commands.js';
import { describeCommands } from '../../../src/cli/help/describe.js';
import { completionScript } from '../../../src/cli/help/completion.js';

const exec = promisify(execFile);

async function complete(script: string, words: string[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-completion-'));
  try {
    await writeFile(join(dir, 'wasmpack.bash'), script);
    const quoted = words.map((w) => `'${w}'`).join(' ');
    const { stdout } = await exec('bash', ['-c', `source "$1"; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _wasmpack; printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', join(dir, 'wasmpack.bash')], { cwd: dir });
    return stdout.split('\n').filter(Boolean);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('bash: a command, then an option of that command', async () => {
  const script = completionScript('bash', describeCommands(await loadAllCommands()));
  assert.deepEqual(await complete(script, ['wasmpack', 'bu']), ['build']);
  assert.deepEqual((await complete(script, ['wasmpack', 'r'])).sort(), ['resolve', 'run']);
  assert.deepEqual(await complete(script, ['wasmpack', 'build', '--ta']), ['--tag']);
  assert.deepEqual(await complete(script, ['wasmpack', 'resolve', '--runtime-']), ['--runtime-class']);
  // A two-word command completes word by word, then its own options.
  assert.deepEqual(await complete(script, ['wasmpack', 'ke']), ['key']);
  assert.deepEqual(await complete(script, ['wasmpack', 'key', 'g']), ['generate']);
  assert.deepEqual(await complete(script, ['wasmpack', 'key', 'generate', '--fo']), ['--force']);
  // An option of another command is not offered.
  assert.deepEqual(await complete(script, ['wasmpack', 'push', '--aot']), []);
});

test('zsh and fish scripts name every command and option the help knows', async () => {
  const commands = describeCommands(await loadAllCommands());
  const zsh = completionScript('zsh', commands);
  const fish = completionScript('fish', commands);
  assert.match(zsh, /^#compdef wasmpack/);
  for (const c of commands) {
    assert.ok(zsh.includes(`'${c.name.split(' ')[0]}:`), `zsh: ${c.name}`);
    assert.ok(fish.includes(`-a ${c.name.split(' ')[0]} `), `fish: ${c.name}`);
  }
  assert.match(fish, /__fish_seen_subcommand_from build' -s t -l tag -r -F/);
  assert.match(zsh, /'--tag:Image reference/);
});

test('zsh parses the zsh script and registers _wasmpack for wasmpack', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-completion-'));
  try {
    await writeFile(join(dir, '_wasmpack'), completionScript('zsh', describeCommands(await loadAllCommands())));
    await exec('zsh', ['-n', join(dir, '_wasmpack')]);
    const { stdout } = await exec('zsh', ['-fc', `autoload -Uz compinit; compinit -u -d "$1/zcompdump"; source "$1/_wasmpack"; print -r -- $_comps[wasmpack]`, 'zsh', dir]);
    assert.equal(stdout.trim(), '_wasmpack');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('fish completes a command, an option of that command, and the second word of key generate', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasmpack-completion-'));
  try {
    await writeFile(join(dir, 'wasmpack.fish'), completionScript('fish', describeCommands(await loadAllCommands())));
    const complete = async (line: string) => {
      const { stdout } = await exec('fish', ['--no-config', '-c', `source $argv[1]; complete -C '${line}'`, join(dir, 'wasmpack.fish')], { cwd: dir });
      return stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!);
    };
    assert.deepEqual(await complete('wasmpack bu'), ['build']);
    assert.deepEqual(await complete('wasmpack build --ta'), ['--tag']);
    assert.ok((await complete('wasmpack key ')).includes('generate'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
