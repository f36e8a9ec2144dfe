import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  packageVersion
} from "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/main.ts
var USAGE_ERROR = 2, COMMANDS = {
  build: /* @__PURE__ */ __name(async () => (await import("./cli-commands-build.js")).BuildCommand, "build"),
  init: /* @__PURE__ */ __name(async () => (await import("./cli-commands-init.js")).InitCommand, "init"),
  push: /* @__PURE__ */ __name(async () => (await import("./cli-commands-push.js")).PushCommand, "push"),
  login: /* @__PURE__ */ __name(async () => (await import("./cli-commands-login.js")).LoginCommand, "login"),
  logout: /* @__PURE__ */ __name(async () => (await import("./cli-commands-logout.js")).LogoutCommand, "logout"),
  inspect: /* @__PURE__ */ __name(async () => (await import("./cli-commands-inspect.js")).InspectCommand, "inspect"),
  pull: /* @__PURE__ */ __name(async () => (await import("./cli-commands-pull.js")).PullCommand, "pull"),
  run: /* @__PURE__ */ __name(async () => (await import("./cli-commands-run.js")).RunCommand, "run")
};
async function commandsFor(argv) {
  let first = argv[0];
  return first !== void 0 && Object.hasOwn(COMMANDS, first) ? [await COMMANDS[first]()] : argv.length === 1 && (first === "--version" || first === "-v") ? [] : Promise.all(Object.values(COMMANDS).map((load) => load()));
}
__name(commandsFor, "commandsFor");
async function main(argv) {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
    process.stdout.write(`${packageVersion()}
`);
    return;
  }
  let { Builtins, Cli } = (await import("./clipanion-advanced.js")).default, enableColors = !!process.stdout.isTTY && !process.env.NO_COLOR && process.env.TERM !== "dumb", cli = new Cli({ binaryLabel: "wasmpack", binaryName: "wasmpack", binaryVersion: packageVersion(), enableCapture: !1, enableColors });
  cli.register(Builtins.HelpCommand), cli.register(Builtins.VersionCommand);
  for (let command2 of await commandsFor(argv)) cli.register(command2);
  let command;
  try {
    command = cli.process(argv, Cli.defaultContext);
  } catch (err) {
    process.stderr.write(cli.error(err, { colored: !!process.stderr.isTTY && !process.env.NO_COLOR })), process.exitCode = USAGE_ERROR;
    return;
  }
  process.exitCode = await cli.run(command, Cli.defaultContext);
}
__name(main, "main");
export {
  commandsFor,
  main
};
