import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/cli/commands.ts
var COMMANDS = {
  build: /* @__PURE__ */ __name(async () => (await import("./build-3BKLXVYM.js")).BuildCommand, "build"),
  push: /* @__PURE__ */ __name(async () => (await import("./push-KY7DMGK5.js")).PushCommand, "push"),
  resolve: /* @__PURE__ */ __name(async () => (await import("./resolve-RGEYRFR2.js")).ResolveCommand, "resolve"),
  run: /* @__PURE__ */ __name(async () => (await import("./run-RLFBFWCR.js")).RunCommand, "run"),
  inspect: /* @__PURE__ */ __name(async () => (await import("./inspect-VEWIECIW.js")).InspectCommand, "inspect"),
  pull: /* @__PURE__ */ __name(async () => (await import("./pull-KD4BHQ6J.js")).PullCommand, "pull"),
  login: /* @__PURE__ */ __name(async () => (await import("./login-QVJ7ESGB.js")).LoginCommand, "login"),
  logout: /* @__PURE__ */ __name(async () => (await import("./logout-VRW33HAI.js")).LogoutCommand, "logout"),
  init: /* @__PURE__ */ __name(async () => (await import("./init-KM6Q7SCQ.js")).InitCommand, "init"),
  doctor: /* @__PURE__ */ __name(async () => (await import("./doctor-6CW72E63.js")).DoctorCommand, "doctor"),
  completion: /* @__PURE__ */ __name(async () => (await import("./completion-CVEPMJH7.js")).CompletionCommand, "completion")
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
