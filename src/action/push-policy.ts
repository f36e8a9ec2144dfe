import { WasmpackError } from '../errors.js';
import { isPullRequest, type RunContext } from './context.js';
import { HINT } from './inputs.js';

export type PushDecision = { push: true } | { push: false; because: string };

/**
 * Whether this run pushes. The default (`push: auto`) pushes except on pull_request events: a PR
 * is built and checked, and a fork's token could not push anyway. Asking for a push with nowhere
 * to push is an error; defaulting to one is a note in the summary.
 */
export function decidePush(requested: boolean | undefined, context: RunContext, references: string[]): PushDecision {
  if (requested === false) return { push: false, because: 'push: false' };
  if (requested === undefined && isPullRequest(context)) return { push: false, because: `${context.eventName} event` };
  if (references.length === 0) {
    if (requested === true) {
      throw new WasmpackError('ACTION_NOTHING_TO_PUSH', 'push is true, but no image references were given or configured', `list repositories in "images" (ghcr.io/acme/app) or references in "tags", or "tags" in wasmpack.json; ${HINT}`);
    }
    return { push: false, because: 'no images or tags given' };
  }
  return { push: true };
}
