/**
 * Token scopes: "repository:<name>:<action>[,<action>]".
 * https://distribution.github.io/distribution/spec/auth/scope/
 *
 * Scopes are merged per resource (actions unioned) and sorted so the same set always yields the
 * same token-cache key. Malformed scopes (ECR Public sends `scope="aws"`) are dropped.
 */

const SCOPE_RE = /^([a-z0-9]+(?:\([a-z0-9]+\))?):(.+):([a-z*]+(?:,[a-z*]+)*)$/;

export function repositoryScope(repository: string, actions: readonly string[]): string {
  return `repository:${repository}:${[...actions].sort().join(',')}`;
}

/** The scopes a push needs: pull+push on the target, pull on the mount source. */
export function pushScopes(repository: string, mountFrom?: string): string[] {
  const scopes = [repositoryScope(repository, ['pull', 'push'])];
  if (mountFrom && mountFrom !== repository) scopes.push(repositoryScope(mountFrom, ['pull']));
  return mergeScopes(scopes);
}

/** Merges actions per resource type+name, drops malformed entries, sorts everything. */
export function mergeScopes(scopes: Iterable<string>): string[] {
  const byResource = new Map<string, Set<string>>();
  for (const raw of scopes) {
    for (const scope of raw.split(' ')) {
      const m = SCOPE_RE.exec(scope);
      if (!m) continue;
      const key = `${m[1]}:${m[2]}`;
      const actions = byResource.get(key) ?? new Set<string>();
      for (const action of m[3]!.split(',')) actions.add(action);
      byResource.set(key, actions);
    }
  }
  return [...byResource.entries()].map(([resource, actions]) => `${resource}:${[...actions].sort().join(',')}`).sort();
}
