import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  __name
} from "./chunk-GZZTAZ46.js";

// src/cli/commands.ts
var COMMANDS = {
  build: /* @__PURE__ */ __name(async () => (await import("./build-HHI2BPA3.js")).BuildCommand, "build"),
  push: /* @__PURE__ */ __name(async () => (await import("./push-VG7U55YI.js")).PushCommand, "push"),
  resolve: /* @__PURE__ */ __name(async () => (await import("./resolve-B6RE7QKW.js")).ResolveCommand, "resolve"),
  run: /* @__PURE__ */ __name(async () => (await import("./run-MATFSQA6.js")).RunCommand, "run"),
  inspect: /* @__PURE__ */ __name(async () => (await import("./inspect-XMLUDMQR.js")).InspectCommand, "inspect"),
  pull: /* @__PURE__ */ __name(async () => (await import("./pull-WXFV3IR3.js")).PullCommand, "pull"),
  login: /* @__PURE__ */ __name(async () => (await import("./login-JNCA7GY4.js")).LoginCommand, "login"),
  logout: /* @__PURE__ */ __name(async () => (await import("./logout-JVHB7AIO.js")).LogoutCommand, "logout"),
  init: /* @__PURE__ */ __name(async () => (await import("./init-KM6Q7SCQ.js")).InitCommand, "init"),
  doctor: /* @__PURE__ */ __name(async () => (await import("./doctor-3GYTVO6Z.js")).DoctorCommand, "doctor"),
  completion: /* @__PURE__ */ __name(async () => (await import("./completion-EEPNCDTY.js")).CompletionCommand, "completion")
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
