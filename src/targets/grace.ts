/**
 * A signal that lets a request finish. A tag PUT cut in the middle can leave the registry with a
 * tag whose manifest it cannot serve (distribution writes the tag's directory before its link),
 * so once one is on the wire an interrupt waits for it, for at most `ms`; a second Ctrl-C still
 * kills the process at once (the CLI listens for the first signal only).
 */
export const MANIFEST_GRACE_MS = 10_000;

export interface Grace {
  /** Aborts `ms` after the outer signal does (with its reason); undefined without an outer signal. */
  signal: AbortSignal | undefined;
  /** The request is over: drop the timer and the listener. */
  done(): void;
}

export function graceSignal(outer: AbortSignal | undefined, ms = MANIFEST_GRACE_MS): Grace {
  if (!outer) return { signal: undefined, done: () => undefined };
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onAbort = (): void => {
    timer = setTimeout(() => controller.abort(outer.reason), ms);
    timer.unref();
  };
  if (outer.aborted) onAbort();
  else outer.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      outer.removeEventListener('abort', onAbort);
      if (timer) clearTimeout(timer);
    },
  };
}
