import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  packageVersion
} from "./chunk-WB77DAOC.js";
import {
  require_advanced
} from "./chunk-JMGDALHU.js";
import {
  __name,
  __toESM
} from "./chunk-GZZTAZ46.js";

// src/cli/main.ts
var import_clipanion = __toESM(require_advanced(), 1);
var USAGE_ERROR = 2, COMMANDS = {
  build: /* @__PURE__ */ __name(async () => (await import("./build-S4N33RGQ.js")).BuildCommand, "build"),
  init: /* @__PURE__ */ __name(async () => (await import("./init-APGK664L.js")).InitCommand, "init"),
  push: /* @__PURE__ */ __name(async () => (await import("./push-3I5RCEMS.js")).PushCommand, "push"),
  login: /* @__PURE__ */ __name(async () => (await import("./login-3EMAPPVL.js")).LoginCommand, "login"),
  logout: /* @__PURE__ */ __name(async () => (await import("./logout-BOH7OQZF.js")).LogoutCommand, "logout"),
  inspect: /* @__PURE__ */ __name(async () => (await import("./inspect-GT7IGVDT.js")).InspectCommand, "inspect"),
  pull: /* @__PURE__ */ __name(async () => (await import("./pull-5ZDBUPK2.js")).PullCommand, "pull"),
  run: /* @__PURE__ */ __name(async () => (await import("./run-WFEZAL4G.js")).RunCommand, "run")
};
async function commandsFor(argv) {
  let first = argv[0];
  return first !== void 0 && Object.hasOwn(COMMANDS, first) ? [await COMMANDS[first]()] : argv.length === 1 && (first === "--version" || first === "-v") ? [] : Promise.all(Object.values(COMMANDS).map((load) => load()));
}
__name(commandsFor, "commandsFor");
async function main(argv) {
  let enableColors = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb", cli = new import_clipanion.Cli({ binaryLabel: "wasmpack", binaryName: "wasmpack", binaryVersion: packageVersion(), enableCapture: !1, enableColors });
  cli.register(import_clipanion.Builtins.HelpCommand), cli.register(import_clipanion.Builtins.VersionCommand);
  for (let command2 of await commandsFor(argv)) cli.register(command2);
  let command;
  try {
    command = cli.process(argv, import_clipanion.Cli.defaultContext);
  } catch (err) {
    process.stderr.write(cli.error(err, { colored: !!process.stderr.isTTY && !process.env.NO_COLOR })), process.exitCode = USAGE_ERROR;
    return;
  }
  process.exitCode = await cli.run(command, import_clipanion.Cli.defaultContext);
}
__name(main, "main");
export {
  commandsFor,
  main
};
