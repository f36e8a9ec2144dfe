import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/cli/commands.ts
var COMMANDS = {
  build: /* @__PURE__ */ __name(async () => (await import("./cli-commands-build.js")).BuildCommand, "build"),
  push: /* @__PURE__ */ __name(async () => (await import("./cli-commands-push.js")).PushCommand, "push"),
  resolve: /* @__PURE__ */ __name(async () => (await import("./cli-commands-resolve.js")).ResolveCommand, "resolve"),
  run: /* @__PURE__ */ __name(async () => (await import("./cli-commands-run.js")).RunCommand, "run"),
  inspect: /* @__PURE__ */ __name(async () => (await import("./cli-commands-inspect.js")).InspectCommand, "inspect"),
  pull: /* @__PURE__ */ __name(async () => (await import("./cli-commands-pull.js")).PullCommand, "pull"),
  login: /* @__PURE__ */ __name(async () => (await import("./cli-commands-login.js")).LoginCommand, "login"),
  logout: /* @__PURE__ */ __name(async () => (await import("./cli-commands-logout.js")).LogoutCommand, "logout"),
  init: /* @__PURE__ */ __name(async () => (await import("./cli-commands-init.js")).InitCommand, "init"),
  doctor: /* @__PURE__ */ __name(async () => (await import("./cli-commands-doctor.js")).DoctorCommand, "doctor"),
  completion: /* @__PURE__ */ __name(async () => (await import("./cli-commands-completion.js")).CompletionCommand, "completion")
}, CATEGORIES = ["Build & publish", "Run & inspect", "Registry", "Project"];
function isCommand(name) {
  return name !== void 0 && Object.hasOwn(COMMANDS, name);
}
__name(isCommand, "isCommand");
async function loadCommand(name) {
  return COMMANDS[name]();
}
__name(loadCommand, "loadCommand");
async function loadAllCommands() {
  return Promise.all(Object.values(COMMANDS).map((load) => load()));
}
__name(loadAllCommands, "loadAllCommands");

export {
  COMMANDS,
  CATEGORIES,
  isCommand,
  loadCommand,
  loadAllCommands
};
