#!/usr/bin/env node
import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  packageVersion
} from "./chunks/chunk-QAYCZSYN.js";
import {
  require_advanced
} from "./chunks/chunk-IS4V62IT.js";
import {
  __name,
  __toESM
} from "./chunks/chunk-6YJMOJDB.js";

// src/cli/main.ts
var import_clipanion = __toESM(require_advanced(), 1);
var USAGE_ERROR = 2, COMMANDS = {
  build: /* @__PURE__ */ __name(async () => (await import("./chunks/build-T7KXZ3X3.js")).BuildCommand, "build"),
  init: /* @__PURE__ */ __name(async () => (await import("./chunks/init-J6KWXOZB.js")).InitCommand, "init"),
  push: /* @__PURE__ */ __name(async () => (await import("./chunks/push-MKPP46KT.js")).PushCommand, "push"),
  login: /* @__PURE__ */ __name(async () => (await import("./chunks/login-5VZ3EHNR.js")).LoginCommand, "login"),
  logout: /* @__PURE__ */ __name(async () => (await import("./chunks/logout-746BOMWB.js")).LogoutCommand, "logout"),
  inspect: /* @__PURE__ */ __name(async () => (await import("./chunks/inspect-67GTKRVB.js")).InspectCommand, "inspect"),
  pull: /* @__PURE__ */ __name(async () => (await import("./chunks/pull-ZLXCIRFB.js")).PullCommand, "pull"),
  run: /* @__PURE__ */ __name(async () => (await import("./chunks/run-KYM6YN6W.js")).RunCommand, "run"),
  key: /* @__PURE__ */ __name(async () => (await import("./chunks/key-RGI732HV.js")).KeyGenerateCommand, "key"),
  sign: /* @__PURE__ */ __name(async () => (await import("./chunks/sign-CSZBZIWI.js")).SignCommand, "sign"),
  verify: /* @__PURE__ */ __name(async () => (await import("./chunks/verify-O6IQYX75.js")).VerifyCommand, "verify")
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

// src/cli/bin.ts
await main(process.argv.slice(2));
