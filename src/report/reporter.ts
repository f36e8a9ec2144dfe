/**
 * The one place wasmpack talks to people. Everything below the CLI gets a Reporter and never
 * prints; stdout is reserved for results (ref@digest or one JSON document).
 */
export interface Reporter {
  /** A step begins ("compiling hello-c with clang-16"). */
  step(text: string): void;
  /** The current step finished. */
  succeed(text?: string): void;
  info(text: string): void;
  warn(text: string): void;
  /** Byte progress of one transfer; reporters may ignore it. */
  progress(id: string, done: number, total: number): void;
  /** Stops any spinner (before an error is printed). */
  stop(): void;
  /**
   * A detail line asked for with --verbose (one per HTTP exchange): printed even with --quiet.
   * Optional, so reporters that have no use for detail (test doubles) need not implement it.
   */
  trace?(text: string): void;
}

export const silentReporter: Reporter = {
  step() {},
  succeed() {},
  info() {},
  warn() {},
  progress() {},
  stop() {},
  trace() {},
};
