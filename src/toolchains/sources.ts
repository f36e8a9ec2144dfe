import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';

/** Directories that hold build output or dependencies, never the project's own sources. */
const SKIPPED_DIRS = new Set(['build', 'dist', 'target', 'node_modules']);

/** One rule for detection and source globbing: output directories and hidden ones (.git, .wasmpack) are not sources. */
export function isSkippedDir(name: string): boolean {
  return SKIPPED_DIRS.has(name) || name.startsWith('.');
}

const GLOB_CHARS = /[*?[]/;

/**
 * A small glob (Node 20 has no fs.glob): `*` and `?` within one path segment, `**` across
 * segments, `[abc]` classes. Enough for source lists like "src/**\/*.c".
 */
export function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') {
      if (pattern[i + 1] === '*') {
        const slash = pattern[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (ch === '?') {
      out += '[^/]';
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end === -1) {
        out += '\\[';
      } else {
        out += `[${pattern.slice(i + 1, end).replace(/\\/g, '\\\\')}]`;
        i = end;
      }
    } else {
      out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${out}$`);
}

/** Every file under `root` (relative posix paths), skipping build, dependency and hidden dirs. */
async function walk(root: string, relative: string, into: string[]): Promise<void> {
  const entries = await readdir(join(root, relative), { withFileTypes: true });
  for (const entry of entries) {
    const path = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!isSkippedDir(entry.name)) await walk(root, path, into);
    } else if (entry.isFile()) {
      into.push(path);
    }
  }
}

/**
 * Resolves source patterns relative to `dir` into sorted, de-duplicated relative paths. A pattern
 * without glob characters names one file and is taken as is, even inside a skipped directory.
 * The walk starts at the pattern's literal prefix, so "build/gen/*.c" still works.
 */
export async function findSources(dir: string, patterns: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const raw of patterns) {
    const pattern = posix.normalize(raw.replace(/\\/g, '/')).replace(/^\.\//, '');
    if (!GLOB_CHARS.test(pattern)) {
      found.add(pattern);
      continue;
    }
    const segments = pattern.split('/');
    const firstGlob = segments.findIndex((s) => GLOB_CHARS.test(s));
    const base = segments.slice(0, firstGlob).join('/');
    const files: string[] = [];
    try {
      await walk(dir, base, files);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw err;
    }
    const matcher = globToRegExp(pattern);
    for (const file of files) if (matcher.test(file)) found.add(file);
  }
  return [...found].sort();
}

/** wasmpack's default C sources: every *.c in the project, outside build and dependency dirs. */
export const DEFAULT_C_SOURCES = ['**/*.c'];
