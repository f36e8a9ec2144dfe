import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from './cli.js';

/**
 * Files as the last commit has them (git show HEAD:path), for tests that check generated files
 * are committed fresh: scripts/test.sh regenerates them in the work tree before the tests, so
 * only the commit can be stale. Outside a git checkout, the work tree is what there is.
 */
function inGit(): boolean {
  try {
    execFileSync('git', ['-C', REPO_ROOT, 'rev-parse', '--verify', 'HEAD'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function committedFile(path: string): Buffer | undefined {
  if (!inGit()) return existsSync(join(REPO_ROOT, path)) ? readFileSync(join(REPO_ROOT, path)) : undefined;
  try {
    return execFileSync('git', ['-C', REPO_ROOT, 'show', `HEAD:${path}`], { maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Every committed file under `dir` (relative to it) with its bytes. */
export function committedTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  if (inGit()) {
    const names = execFileSync('git', ['-C', REPO_ROOT, 'ls-tree', '-r', '--name-only', 'HEAD', `${dir}/`], { encoding: 'utf8' }).split('\n').filter(Boolean);
    for (const name of names.sort()) files.set(relative(dir, name), committedFile(name)!);
    return files;
  }
  const visit = (abs: string): void => {
    for (const name of readdirSync(abs).sort()) {
      const path = join(abs, name);
      if (statSync(path).isDirectory()) visit(path);
      else files.set(relative(join(REPO_ROOT, dir), path), readFileSync(path));
    }
  };
  visit(join(REPO_ROOT, dir));
  return files;
}
