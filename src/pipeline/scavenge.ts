import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Streaming a large blob (a pull, a build's layer) passes every byte through short-lived chunks
 * (socket and file reads) that die young but hold their memory outside V8's heap until a
 * scavenge frees them; left to V8, a 1 GiB pull peaks ~70 MiB above a small one. While such a
 * step runs, a young-generation collection every 20 ms (a few MiB of garbage each, well under a
 * millisecond) keeps the peak flat. The collector is reached as node's own --expose-gc exposes it;
 * without it (another runtime) nothing is done. Returns the function that stops it.
 */
export function scavengeWhileStreaming(): () => void {
  let gc: ((options: { type: 'minor' }) => void) | undefined;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as typeof gc;
  } catch {
    return () => undefined;
  }
  const timer = setInterval(() => gc?.({ type: 'minor' }), 20);
  timer.unref();
  return () => clearInterval(timer);
}
