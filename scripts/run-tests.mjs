// Runs the compiled tests with node's own runner. Node 20 has no --test glob, so we list files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const groups = process.argv.slice(2);
const roots = (groups.length ? groups : ['unit', 'integration', 'e2e']).map((g) => join('dist', 'test', g));
const files = [];
const walk = (dir) => {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.js')) files.push(path);
  }
};
roots.forEach(walk);
if (files.length === 0) {
  console.error(`no test files under ${roots.join(', ')}`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--no-warnings=ExperimentalWarning', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
