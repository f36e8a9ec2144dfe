// Runs the compiled tests with node's own runner (on the node that runs this script: scripts/test.sh
// puts node 24 first on PATH). Files are listed rather than globbed, so any node runs it.
// The trust suite (test/trust) is seeded: WASMPACK_TRUST_SEED replays a run; its files append their
// figures to a file this script sums up in one summary line at the end.
// The tests get a temp dir of their own (TMPDIR): a run that leaves `wasmpack-*` entries in it fails
// and names them (tests clean up what they create, and so does the CLI); the dir is removed after.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const groups = process.argv.slice(2);
const roots = (groups.length ? groups : ['unit', 'integration', 'e2e', 'trust']).map((g) => join('dist', 'test', g));
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

const testTmp = mkdtempSync(join(tmpdir(), 'wasmpack-test-run-'));
const seed = process.env.WASMPACK_TRUST_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
const figuresDir = mkdtempSync(join(tmpdir(), 'wasmpack-trust-figures-'));
const figuresFile = join(figuresDir, 'figures.jsonl');
const trustFiles = files.filter((f) => f.includes(`${join('test', 'trust')}/`));
if (trustFiles.length) console.log(`trust suite seed ${seed} (replay: WASMPACK_TRUST_SEED=${seed} bash scripts/test.sh trust)`);

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', '--no-warnings=ExperimentalWarning', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: testTmp, WASMPACK_TRUST_SEED: seed, WASMPACK_TRUST_FIGURES: figuresFile },
});

let status = result.status ?? 1;
if (trustFiles.length) status = Math.max(status, summarise(figuresFile, trustFiles.length));
rmSync(figuresDir, { recursive: true, force: true });
status = Math.max(status, checkLeftovers(testTmp));
process.exit(status);

/** 1 when the tests left `wasmpack-*` entries in their temp dir (named on stderr); removes the dir. */
function checkLeftovers(dir) {
  const left = readdirSync(dir).sort();
  const ours = left.filter((name) => name.startsWith('wasmpack-'));
  rmSync(dir, { recursive: true, force: true });
  if (ours.length === 0) return 0;
  console.error(`the tests left ${ours.length} wasmpack-* entries in their temp dir (a test or the CLI did not remove what it created):\n  ${ours.join('\n  ')}`);
  return 1;
}

/** One line of figures from every trust file; 1 if a part did not report or found violations. */
function summarise(file, expectedParts) {
  let lines = [];
  try {
    lines = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    // no part reported
  }
  const sum = (key) => lines.reduce((n, l) => n + (l[key] ?? 0), 0);
  const violations = sum('violations');
  const parts = lines.map((l) => l.part).sort().join(', ') || 'none';
  console.log(
    `trust suite (seed ${seed}): ${sum('pushesUnderFaults')} pushes under faults (${sum('faultsInjected')} faults injected on ${sum('requestsUnderFaults')} requests, ` +
      `${sum('secondRuns')} needed a second run), ${sum('concurrentPushes')} concurrent pushes, ${sum('interruptedRuns')} interrupted runs, ` +
      `${sum('fuzzCases')} fuzz cases, ${sum('secretScans')} secret scans, ${violations} violations [parts: ${parts}]`,
  );
  if (lines.length < expectedParts) {
    console.log(`trust suite: only ${lines.length} of ${expectedParts} parts reported figures`);
    return 1;
  }
  return violations > 0 ? 1 : 0;
}
