import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  isDockerHub
} from "./shared-oci-reference.js";
import {
  WasmpackError
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/auth/hosts.ts
var DOCKER_HUB_CONFIG_KEY = "https://index.docker.io/v1/", DOCKER_HUB_KEYS = [DOCKER_HUB_CONFIG_KEY, "index.docker.io", "docker.io", "registry-1.docker.io"];
function configKeysFor(host) {
  return isDockerHub(host) ? [...DOCKER_HUB_KEYS] : [host];
}
__name(configKeysFor, "configKeysFor");
function normaliseAuthKey(key) {
  let withoutScheme = key.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//, ""), slash = withoutScheme.indexOf("/");
  return slash === -1 ? withoutScheme : withoutScheme.slice(0, slash);
}
__name(normaliseAuthKey, "normaliseAuthKey");
function hasScheme(key) {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(key);
}
__name(hasScheme, "hasScheme");
function helperServerURL(host) {
  return isDockerHub(host) ? DOCKER_HUB_CONFIG_KEY : host;
}
__name(helperServerURL, "helperServerURL");
function loginKeyFor(host) {
  return isDockerHub(host) ? "docker.io" : host;
}
__name(loginKeyFor, "loginKeyFor");
function keyMeansHost(key, host) {
  let candidates = configKeysFor(host);
  if (candidates.includes(key)) return !0;
  if (!hasScheme(key)) return !1;
  let normalised = normaliseAuthKey(key);
  return candidates.some((c) => normaliseAuthKey(c) === normalised);
}
__name(keyMeansHost, "keyMeansHost");

// src/auth/auth-file.ts
import { readFile } from "node:fs/promises";
async function readAuthConfigFile(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    let code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw new WasmpackError("AUTH_FILE_UNREADABLE", `cannot read the credentials file ${path} (${code ?? "error"})`, "check the file permissions, or point --authfile / REGISTRY_AUTH_FILE at another file");
  }
  return parseAuthConfig(text, path);
}
__name(readAuthConfigFile, "readAuthConfigFile");
function parseAuthConfig(text, where) {
  if (text.trim() === "") return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new WasmpackError("AUTH_FILE_INVALID", `${where} is not valid JSON`, `fix or remove ${where}; it should look like {"auths": {"ghcr.io": {"auth": "<base64 of user:password>"}}}`);
  }
  if (typeof value != "object" || value === null || Array.isArray(value))
    throw new WasmpackError("AUTH_FILE_INVALID", `${where} is not a JSON object`, 'it should look like {"auths": {"ghcr.io": {"auth": "<base64 of user:password>"}}}');
  let config = value;
  for (let field of ["auths", "credHelpers"]) {
    let v = config[field];
    if (v !== void 0 && (typeof v != "object" || v === null || Array.isArray(v)))
      throw new WasmpackError("AUTH_FILE_INVALID", `"${field}" in ${where} is not a JSON object`, `fix or remove ${where}`);
  }
  if (config.credsStore !== void 0 && typeof config.credsStore != "string")
    throw new WasmpackError("AUTH_FILE_INVALID", `"credsStore" in ${where} is not a string`, `fix or remove ${where}`);
  return config;
}
__name(parseAuthConfig, "parseAuthConfig");
function helpersFor(config, host, where) {
  let out = [], helperKey = findKey(config.credHelpers ?? {}, host, void 0, (v) => typeof v == "string" && v.length > 0);
  helperKey !== void 0 && out.push({ helper: config.credHelpers[helperKey], via: `credHelpers[${JSON.stringify(helperKey)}]` }), config.credsStore && out.push({ helper: config.credsStore, via: "credsStore" });
  for (let { helper, via } of out)
    if (!HELPER_NAME.test(helper))
      throw new WasmpackError("AUTH_FILE_INVALID", `${via} in ${where} names the credential helper ${JSON.stringify(helper)}, which is not a valid helper name`, 'a helper name is letters, digits, ".", "_" or "-", e.g. "pass", "secretservice", "ecr-login"');
  return out;
}
__name(helpersFor, "helpersFor");
var HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function lookupAuths(config, host, repository, where) {
  let auths = config.auths ?? {}, key = findKey(auths, host, repository, (entry) => !isEmptyEntry(entry));
  if (key !== void 0)
    return { credential: decodeEntry(auths[key], `auths[${JSON.stringify(key)}] in ${where}`), key };
}
__name(lookupAuths, "lookupAuths");
function findKey(record, host, repository, usable) {
  let has = /* @__PURE__ */ __name((k) => Object.prototype.hasOwnProperty.call(record, k) && usable(record[k]), "has"), hostKeys = configKeysFor(host).filter((k) => !hasScheme(k));
  if (repository) {
    let parts = repository.split("/");
    for (let n = parts.length; n >= 1; n--)
      for (let hk of hostKeys) {
        let k = `${hk}/${parts.slice(0, n).join("/")}`;
        if (has(k)) return k;
      }
  }
  for (let k of configKeysFor(host)) if (has(k)) return k;
  let wanted = new Set(configKeysFor(host).map(normaliseAuthKey));
  for (let k of Object.keys(record))
    if (hasScheme(k) && wanted.has(normaliseAuthKey(k)) && has(k)) return k;
}
__name(findKey, "findKey");
function isEmptyEntry(entry) {
  if (typeof entry != "object" || entry === null) return !0;
  let e = entry;
  return !e.auth && !e.username && !e.password && !e.identitytoken && !e.registrytoken;
}
__name(isEmptyEntry, "isEmptyEntry");
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function decodeEntry(entry, where) {
  let username = typeof entry.username == "string" ? entry.username : void 0, password = typeof entry.password == "string" ? entry.password : void 0;
  if (typeof entry.auth == "string" && entry.auth.length > 0) {
    let compact = entry.auth.replace(/\s+/g, "");
    if (!BASE64.test(compact) || compact.length % 4 === 1)
      throw new WasmpackError("AUTH_ENTRY_INVALID", `${where}: "auth" is not base64`, 'run `wasmpack login <registry>` again, or write "auth" as base64 of user:password');
    let decoded = Buffer.from(compact, "base64").toString("utf8"), colon = decoded.indexOf(":");
    if (colon === -1)
      throw new WasmpackError("AUTH_ENTRY_INVALID", `${where}: "auth" does not decode to user:password (no ":")`, 'run `wasmpack login <registry>` again, or write "auth" as base64 of user:password');
    username = decoded.slice(0, colon), password = decoded.slice(colon + 1);
  }
  if (typeof entry.registrytoken == "string" && entry.registrytoken) return { kind: "registry-token", token: entry.registrytoken };
  if (typeof entry.identitytoken == "string" && entry.identitytoken)
    return username ? { kind: "identity-token", token: entry.identitytoken, username } : { kind: "identity-token", token: entry.identitytoken };
  if (!username && !password)
    throw new WasmpackError("AUTH_ENTRY_INVALID", `${where}: the entry has no username or password`, "run `wasmpack login <registry>` again");
  return { kind: "basic", username: username ?? "", password: password ?? "" };
}
__name(decodeEntry, "decodeEntry");

// src/auth/sources.ts
import { join } from "node:path";
function credentialSources(options) {
  let { env } = options, out = [];
  options.creds && out.push({ kind: "creds", label: "--creds", username: options.creds.username, password: options.creds.password }), options.authfile && out.push({ kind: "file", label: `--authfile ${options.authfile}`, path: options.authfile, required: !0 }), env.REGISTRY_AUTH_FILE && out.push({ kind: "file", label: `REGISTRY_AUTH_FILE ${env.REGISTRY_AUTH_FILE}`, path: env.REGISTRY_AUTH_FILE, required: !1 }), env.XDG_RUNTIME_DIR && out.push({ kind: "file", label: join(env.XDG_RUNTIME_DIR, "containers", "auth.json"), path: join(env.XDG_RUNTIME_DIR, "containers", "auth.json"), required: !1 });
  let configHome = join(xdgConfigHome(options), "containers", "auth.json");
  out.push({ kind: "file", label: configHome, path: configHome, required: !1 }), env.DOCKER_AUTH_CONFIG && out.push({ kind: "env-json", label: "DOCKER_AUTH_CONFIG", text: env.DOCKER_AUTH_CONFIG });
  let docker = dockerConfigPath(options);
  out.push({ kind: "file", label: docker, path: docker, required: !1 });
  let seen = /* @__PURE__ */ new Set();
  return out.filter((s) => s.kind !== "file" || !seen.has(s.path) && (seen.add(s.path), !0));
}
__name(credentialSources, "credentialSources");
function xdgConfigHome({ env, homedir }) {
  return env.XDG_CONFIG_HOME || join(homedir, ".config");
}
__name(xdgConfigHome, "xdgConfigHome");
function dockerConfigPath({ env, homedir }) {
  return env.DOCKER_CONFIG ? join(env.DOCKER_CONFIG, "config.json") : join(homedir, ".docker", "config.json");
}
__name(dockerConfigPath, "dockerConfigPath");
function loginAuthFilePath(options) {
  if (options.authfile) return options.authfile;
  let { env } = options;
  return env.REGISTRY_AUTH_FILE ? env.REGISTRY_AUTH_FILE : env.XDG_RUNTIME_DIR ? join(env.XDG_RUNTIME_DIR, "containers", "auth.json") : join(xdgConfigHome(options), "containers", "auth.json");
}
__name(loginAuthFilePath, "loginAuthFilePath");

export {
  normaliseAuthKey,
  helperServerURL,
  loginKeyFor,
  keyMeansHost,
  readAuthConfigFile,
  parseAuthConfig,
  helpersFor,
  lookupAuths,
  credentialSources,
  dockerConfigPath,
  loginAuthFilePath
};
