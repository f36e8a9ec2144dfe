import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  redact
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/report/console.ts
function chooseMode(options) {
  let env = options.env ?? process.env, stream = options.stream ?? process.stderr;
  return options.quiet ? "quiet" : options.json ? "plain" : stream.isTTY && !env.CI && env.TERM !== "dumb" && (stream.columns ?? 0) > 0 ? "tty" : "plain";
}
__name(chooseMode, "chooseMode");
async function createReporter(mode, stream = process.stderr) {
  return mode === "tty" ? new TtyReporter((await import("./ora.js")).default, stream) : new LineReporter(stream, mode === "quiet");
}
__name(createReporter, "createReporter");
var LineReporter = class {
  constructor(stream, quiet) {
    this.stream = stream;
    this.quiet = quiet;
  }
  stream;
  quiet;
  static {
    __name(this, "LineReporter");
  }
  lastProgress = /* @__PURE__ */ new Map();
  line(text) {
    this.quiet || this.stream.write(`${redact(text)}
`);
  }
  step(text) {
    this.line(`- ${text}`);
  }
  succeed(text) {
    text && this.line(`\u2713 ${text}`);
  }
  info(text) {
    this.line(`  ${text}`);
  }
  warn(text) {
    this.stream.write(`warning: ${redact(text)}
`);
  }
  progress(id, done, total) {
    if (total < 8 * 1024 * 1024) return;
    let quarter = Math.floor(done / total * 4);
    (this.lastProgress.get(id) ?? -1) >= quarter || (this.lastProgress.set(id, quarter), this.line(`  ${id}: ${formatBytes(done)} / ${formatBytes(total)}`));
  }
  stop() {
  }
  trace(text) {
    this.stream.write(`${redact(text)}
`);
  }
}, TtyReporter = class {
  constructor(ora, stream) {
    this.ora = ora;
    this.stream = stream;
  }
  ora;
  stream;
  static {
    __name(this, "TtyReporter");
  }
  spinner;
  step(text) {
    this.spinner?.stopAndPersist({ symbol: "\u2713" }), this.spinner = this.spin(redact(text));
  }
  succeed(text) {
    this.spinner ? this.spinner.succeed(text ? redact(text) : void 0) : text && this.stream.write(`\u2713 ${redact(text)}
`), this.spinner = void 0;
  }
  info(text) {
    this.spinner ? this.spinner.info(redact(text)) : this.stream.write(`\u2139 ${redact(text)}
`), this.spinner = void 0;
  }
  warn(text) {
    this.spinner ? this.spinner.warn(redact(text)) : this.stream.write(`\u26A0 ${redact(text)}
`), this.spinner = void 0;
  }
  progress(id, done, total) {
    let text = `${id} ${formatBytes(done)} / ${formatBytes(total)}`;
    this.spinner ? this.spinner.text = text : this.spinner = this.spin(text);
  }
  stop() {
    this.spinner?.stop(), this.spinner = void 0;
  }
  /** ora would read stdin to swallow keystrokes; a command that needs no input must never touch it (a closed stdin made it spin). */
  spin(text) {
    return this.ora({ text, stream: this.stream, discardStdin: !1 }).start();
  }
  trace(text) {
    this.spinner?.clear(), this.stream.write(`${redact(text)}
`), this.spinner?.render();
  }
};
function formatBytes(n) {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KiB` : n < 1024 * 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
__name(formatBytes, "formatBytes");

export {
  chooseMode,
  createReporter,
  formatBytes
};
