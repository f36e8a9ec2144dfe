import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../../files/atomic.js';

/**
 * Which scheme a loopback registry answered on. A loopback registry may speak HTTPS or plain
 * HTTP, so the first contact tries HTTPS and falls back; remembering the answer saves that failed
 * TLS round trip on every later run. Keyed by host:port; an entry whose scheme fails is forgotten
 * and the next contact probes again. Losing the file only costs the probe.
 */
export interface SchemeMemory {
  recall(registry: string): Promise<'https' | 'http' | undefined>;
  remember(registry: string, scheme: 'https' | 'http'): Promise<void>;
  forget(registry: string): Promise<void>;
}

/** $XDG_CACHE_HOME/wasmpack (else ~/.cache/wasmpack)/loopback-schemes.json. */
export function schemeMemoryPath(env: NodeJS.ProcessEnv, homedir: string): string {
  const cache = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(homedir, '.cache');
  return join(cache, 'wasmpack', 'loopback-schemes.json');
}

/** A small JSON file; every failure to read or write it is ignored (the probe still works). */
export function fileSchemeMemory(path: string): SchemeMemory {
  const read = async (): Promise<Record<string, 'https' | 'http'>> => {
    try {
      const doc = JSON.parse(await readFile(path, 'utf8')) as unknown;
      return typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, 'https' | 'http'>) : {};
    } catch {
      return {};
    }
  };
  const write = async (entries: Record<string, 'https' | 'http'>): Promise<void> => {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(entries)}\n`);
    } catch {
      // a cache that cannot be written costs the next run its probe, nothing more
    }
  };
  return {
    async recall(registry) {
      const scheme = (await read())[registry];
      return scheme === 'https' || scheme === 'http' ? scheme : undefined;
    },
    async remember(registry, scheme) {
      const entries = await read();
      if (entries[registry] === scheme) return;
      await write({ ...entries, [registry]: scheme });
    },
    async forget(registry) {
      const entries = await read();
      if (!(registry in entries)) return;
      delete entries[registry];
      await write(entries);
    },
  };
}
