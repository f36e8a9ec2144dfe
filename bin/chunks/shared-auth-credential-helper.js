import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  credentialSources,
  dockerConfigPath,
  helperServerURL,
  helpersFor,
  keyMeansHost,
  loginAuthFilePath,
  loginKeyFor,
  lookupAuths,
  normaliseAuthKey,
  parseAuthConfig,
  readAuthConfigFile
} from "./shared-auth-auth-file.js";
import {
  writeFileAtomic
} from "./shared-files-atomic.js";
import {
  findOnPath,
  runProcess
} from "./shared-process-exec.js";
import {
  WasmpackError,
  redact
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/auth/credential-helper.ts
var DEFAULT_HELPER_TIMEOUT_MS = 2e4, NOT_FOUND = /credentials not found/i;
function helperCommand(helper) {
  return `docker-credential-${helper}`;
}
__name(helperCommand, "helperCommand");
async function helperGet(ctx, helper, serverURL) {
  let result = await runHelper(ctx, helper, "get", serverURL, []);
  if (result.code !== 0) {
    if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr)) return;
    throw helperFailed(helper, "get", serverURL, result, []);
  }
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    throw new WasmpackError("AUTH_HELPER_FAILED", `${helperCommand(helper)} get for ${serverURL} printed something that is not JSON`, `check that ${helperCommand(helper)} works: echo ${serverURL} | ${helperCommand(helper)} get`);
  }
  let { Username, Secret } = parsed ?? {};
  if (typeof Secret != "string" || Secret === "") return;
  let username = typeof Username == "string" ? Username : "";
  return username === "<token>" ? { kind: "identity-token", token: Secret } : { kind: "basic", username, password: Secret };
}
__name(helperGet, "helperGet");
async function helperStore(ctx, helper, serverURL, credential) {
  let input = JSON.stringify({ ServerURL: serverURL, Username: credential.username, Secret: credential.secret }), result = await runHelper(ctx, helper, "store", input, [credential.secret]);
  if (result.code !== 0) throw helperFailed(helper, "store", serverURL, result, [credential.secret]);
}
__name(helperStore, "helperStore");
async function helperErase(ctx, helper, serverURL) {
  let result = await runHelper(ctx, helper, "erase", serverURL, []);
  if (result.code === 0) return !0;
  if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr)) return !1;
  throw helperFailed(helper, "erase", serverURL, result, []);
}
__name(helperErase, "helperErase");
async function runHelper(ctx, helper, action, input, secrets) {
  let command = helperCommand(helper), controller = new AbortController(), timedOut = !1, timer, timeout = new Promise((_, reject) => {
    timer = setTimeout(() => {
      timedOut = !0, controller.abort(), reject(new WasmpackError("AUTH_HELPER_TIMEOUT", `${command} ${action} did not answer within ${Math.round(ctx.timeoutMs / 1e3)} s`, `check that ${command} works on its own (it may be waiting for a locked keychain or a prompt), or remove it from your docker config`));
    }, ctx.timeoutMs);
  });
  try {
    return await Promise.race([ctx.runner(command, [action], { input, env: ctx.env, signal: controller.signal }), timeout]);
  } catch (err) {
    throw timedOut ? new WasmpackError("AUTH_HELPER_TIMEOUT", `${command} ${action} did not answer within ${Math.round(ctx.timeoutMs / 1e3)} s`, `check that ${command} works on its own (it may be waiting for a locked keychain or a prompt), or remove it from your docker config`) : err instanceof WasmpackError && err.code === "TOOL_NOT_FOUND" ? new WasmpackError("AUTH_HELPER_MISSING", `the credential helper ${command} is not installed (not found on PATH)`, `install ${command}, or remove "${helper}" from credsStore/credHelpers in your docker config`) : new WasmpackError("AUTH_HELPER_FAILED", `${command} ${action} could not run: ${scrub(err instanceof Error ? err.message : String(err), secrets)}`, `check that ${command} works on its own`);
  } finally {
    clearTimeout(timer);
  }
}
__name(runHelper, "runHelper");
function helperFailed(helper, action, serverURL, result, secrets) {
  let command = helperCommand(helper), output = scrub((result.stderr || result.stdout).trim().split(`
`).slice(0, 5).join(`
`), secrets);
  return new WasmpackError("AUTH_HELPER_FAILED", `${command} ${action} for ${serverURL} failed (exit ${result.code})${output ? `: ${output}` : ""}`, `check that ${command} works on its own: echo ${serverURL} | ${command} get`);
}
__name(helperFailed, "helperFailed");
function scrub(text, secrets) {
  let out = text;
  for (let s of secrets) s && (out = out.split(s).join("***"));
  return redact(out);
}
__name(scrub, "scrub");

// src/auth/store.ts
function createCredentialStore(options) {
  let sources = credentialSources(options), helper = { runner: options.runner ?? runProcess, env: options.env, timeoutMs: options.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS }, configs = /* @__PURE__ */ new Map(), helperAnswers = /* @__PURE__ */ new Map(), results = /* @__PURE__ */ new Map(), missingFiles = /* @__PURE__ */ new Set(), notes = [], missingHelpers = /* @__PURE__ */ new Set(), loadConfig = /* @__PURE__ */ __name((source) => {
    let key = source.kind === "file" ? source.path : source.label, p = configs.get(key);
    return p || (p = source.kind === "file" ? readAuthConfigFile(source.path) : Promise.resolve(parseAuthConfig(source.text, "the DOCKER_AUTH_CONFIG environment variable")), configs.set(key, p)), p;
  }, "loadConfig"), askHelper = /* @__PURE__ */ __name((name, serverURL) => {
    let key = `${name}
${serverURL}`, p = helperAnswers.get(key);
    return p || (p = helperGet(helper, name, serverURL), helperAnswers.set(key, p)), p;
  }, "askHelper"), lookup = /* @__PURE__ */ __name(async (host, repository) => {
    for (let source of sources) {
      if (source.kind === "creds")
        return { credential: { kind: "basic", username: source.username, password: source.password }, source: "--creds" };
      let config = await loadConfig(source);
      if (!config) {
        if (source.kind === "file" && source.required)
          throw new WasmpackError("AUTH_FILE_NOT_FOUND", `the credentials file given with --authfile does not exist: ${source.path}`, "check the path, or run `wasmpack login --authfile <path> <registry>` to create it");
        missingFiles.add(source.label);
        continue;
      }
      for (let { helper: name, via } of helpersFor(config, host, source.label)) {
        let where = `${helperCommand(name)} (${via} in ${source.label})`;
        try {
          let credential = await askHelper(name, helperServerURL(host));
          if (credential) return { credential, source: where };
        } catch (err) {
          if (err instanceof WasmpackError && err.code === "AUTH_HELPER_MISSING") {
            missingHelpers.has(where) || (missingHelpers.add(where), notes.push(`${where}: ${helperCommand(name)} is not installed, skipped`));
            continue;
          }
          throw err;
        }
      }
      let found = lookupAuths(config, host, repository, source.label);
      if (found) return { credential: found.credential, source: `${source.label} auths[${JSON.stringify(found.key)}]` };
    }
  }, "lookup");
  return {
    get(host, repository) {
      let key = `${host}
${repository ?? ""}`, p = results.get(key);
      return p || (p = lookup(host, repository), results.set(key, p), p.catch(() => results.delete(key))), p;
    },
    searched() {
      return [...sources.map((s) => s.kind === "file" && missingFiles.has(s.label) ? `${s.label} (not found)` : s.label), ...notes];
    },
    warnings() {
      return [...notes];
    }
  };
}
__name(createCredentialStore, "createCredentialStore");

// src/auth/login.ts
import { mkdir, realpath } from "node:fs/promises";
import { dirname } from "node:path";
async function saveLogin(options) {
  let host = normaliseAuthKey(options.host);
  if (options.username === "") throw new WasmpackError("BAD_CREDENTIALS", `no username given for ${host}`, "pass --username <user> (any non-empty name works for token-based registries such as GHCR)");
  let file = loginAuthFilePath(options), notes = [], helper = options.authfile ? void 0 : await configuredHelper(options, host, file, notes);
  if (helper) {
    let secret = options.identityToken ?? options.password, username = options.identityToken ? "<token>" : options.username;
    return await helperStore(helperContext(options), helper, helperServerURL(host), { username, secret }), await editAuthFile(file, (config) => removeHostKeys(config, host).length > 0), { storedIn: helperCommand(helper), via: "helper", notes };
  }
  return await editAuthFile(file, (config) => {
    removeHostKeys(config, host);
    let auths = config.auths ??= {};
    return auths[loginKeyFor(host)] = options.identityToken ? { auth: b64(`${options.username}:`), identitytoken: options.identityToken } : { auth: b64(`${options.username}:${options.password}`) }, !0;
  }, !0), { storedIn: file, via: "file", notes };
}
__name(saveLogin, "saveLogin");
async function removeLogin(options) {
  let host = normaliseAuthKey(options.host), file = loginAuthFilePath(options), removedFrom = [], notes = [];
  await editAuthFile(file, (config) => removeHostKeys(config, host).length > 0) && removedFrom.push(file);
  let helper = options.authfile ? void 0 : await configuredHelper(options, host, file, notes);
  return helper && await helperErase(helperContext(options), helper, helperServerURL(host)) && removedFrom.push(helperCommand(helper)), { removedFrom, notes };
}
__name(removeLogin, "removeLogin");
function helperContext(options) {
  return { runner: options.runner ?? runProcess, env: options.env, timeoutMs: options.helperTimeoutMs ?? DEFAULT_HELPER_TIMEOUT_MS };
}
__name(helperContext, "helperContext");
async function configuredHelper(options, host, file, notes) {
  let candidates = [], own = await readAuthConfigFile(file);
  own && candidates.push(...helpersFor(own, host, file).map((h) => ({ ...h, via: `${h.via} in ${file}` })));
  let dockerPath = dockerConfigPath(options), docker = await readAuthConfigFile(dockerPath);
  docker && candidates.push(...helpersFor(docker, host, dockerPath).map((h) => ({ ...h, via: `${h.via} in ${dockerPath}` })));
  for (let { helper, via } of candidates) {
    if (await findOnPath(helperCommand(helper), options.env)) return helper;
    notes.push(`${helperCommand(helper)} (${via}) is not installed; using ${file} instead`);
  }
}
__name(configuredHelper, "configuredHelper");
function removeHostKeys(config, host) {
  let auths = config.auths ?? {}, removed = Object.keys(auths).filter((k) => keyMeansHost(k, host));
  for (let k of removed) delete auths[k];
  return removed;
}
__name(removeHostKeys, "removeHostKeys");
async function editAuthFile(path, change, create = !1) {
  let existing = await readAuthConfigFile(path);
  if (!existing && !create) return !1;
  let config = existing ?? {};
  if (!change(config)) return !1;
  await mkdir(dirname(path), { recursive: !0, mode: 448 });
  let target = existing ? await realpath(path).catch(() => path) : path;
  try {
    await writeFileAtomic(target, JSON.stringify(config, null, "	") + `
`, { mode: 384, sync: !0 });
  } catch (err) {
    let code = err.code ?? "error";
    throw new WasmpackError("AUTH_FILE_UNWRITABLE", `cannot write the credentials file ${path} (${code})`, "check the permissions of its directory, or choose another file with --authfile or REGISTRY_AUTH_FILE");
  }
  return !0;
}
__name(editAuthFile, "editAuthFile");
function b64(text) {
  return Buffer.from(text, "utf8").toString("base64");
}
__name(b64, "b64");

// src/auth/creds-flag.ts
function parseCredsFlag(value) {
  let colon = value.indexOf(":"), username = colon === -1 ? value : value.slice(0, colon);
  if (username === "")
    throw new WasmpackError("BAD_CREDENTIALS", "--creds has an empty username", "write --creds <user>:<password>, or --creds <user> and pass the password on stdin");
  return colon === -1 ? { username } : { username, password: value.slice(colon + 1) };
}
__name(parseCredsFlag, "parseCredsFlag");

// src/pipeline/access.ts
import { homedir } from "node:os";

// src/targets/registry/scheme-memory.ts
import { mkdir as mkdir2, readFile } from "node:fs/promises";
import { dirname as dirname2, join } from "node:path";
function schemeMemoryPath(env, homedir2) {
  let cache = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/") ? env.XDG_CACHE_HOME : join(homedir2, ".cache");
  return join(cache, "wasmpack", "loopback-schemes.json");
}
__name(schemeMemoryPath, "schemeMemoryPath");
function fileSchemeMemory(path) {
  let read = /* @__PURE__ */ __name(async () => {
    try {
      let doc = JSON.parse(await readFile(path, "utf8"));
      return typeof doc == "object" && doc !== null && !Array.isArray(doc) ? doc : {};
    } catch {
      return {};
    }
  }, "read"), write = /* @__PURE__ */ __name(async (entries) => {
    try {
      await mkdir2(dirname2(path), { recursive: !0 }), await writeFileAtomic(path, `${JSON.stringify(entries)}
`);
    } catch {
    }
  }, "write");
  return {
    async recall(registry) {
      let scheme = (await read())[registry];
      return scheme === "https" || scheme === "http" ? scheme : void 0;
    },
    async remember(registry, scheme) {
      let entries = await read();
      entries[registry] !== scheme && await write({ ...entries, [registry]: scheme });
    },
    async forget(registry) {
      let entries = await read();
      registry in entries && (delete entries[registry], await write(entries));
    }
  };
}
__name(fileSchemeMemory, "fileSchemeMemory");

// src/pipeline/access.ts
function registryAccess(flags, environment = { env: process.env, homedir: homedir() }) {
  return { ...connectionAccess(flags, credentialStore(flags, environment)), schemeMemory: fileSchemeMemory(schemeMemoryPath(environment.env, environment.homedir)) };
}
__name(registryAccess, "registryAccess");
function connectionAccess(flags, credentials) {
  return {
    credentials,
    ...flags.tlsVerify === !1 ? { tlsVerify: !1 } : {},
    ...flags.certDir ? { certDir: flags.certDir } : {},
    insecureRegistries: flags.insecureRegistries ?? [],
    ...flags.signal ? { signal: flags.signal } : {},
    ...flags.log ? { log: flags.log } : {}
  };
}
__name(connectionAccess, "connectionAccess");
function credentialStore(flags, environment = { env: process.env, homedir: homedir() }) {
  return createCredentialStore({ ...environment, ...flags.creds ? { creds: flags.creds } : {}, ...flags.authfile ? { authfile: flags.authfile } : {} });
}
__name(credentialStore, "credentialStore");

export {
  createCredentialStore,
  saveLogin,
  removeLogin,
  parseCredsFlag,
  registryAccess,
  connectionAccess,
  credentialStore
};
