import { createRequire as __wasmpackRequire } from 'node:module';
const require = __wasmpackRequire(import.meta.url);
import {
  connectionAccess,
  createCredentialStore,
  removeLogin,
  saveLogin
} from "./shared-auth-credential-helper.js";
import {
  loginAuthFilePath,
  normaliseAuthKey,
  readAuthConfigFile
} from "./shared-auth-auth-file.js";
import "./shared-files-atomic.js";
import "./shared-process-exec.js";
import {
  registryClient
} from "./shared-undici.js";
import "./shared-oci-aot-image.js";
import "./shared-package-info.js";
import {
  providerHint
} from "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import {
  DOCKER_HUB,
  DOCKER_HUB_API_HOST,
  isDockerHub
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  registerSecret
} from "./shared-errors.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/login.ts
import { homedir } from "node:os";
function defaultEnvironment() {
  return { env: process.env, homedir: homedir() };
}
__name(defaultEnvironment, "defaultEnvironment");
function loginRegistry(input) {
  let host = normaliseAuthKey((input ?? "").trim()) || DOCKER_HUB;
  if (!/^[A-Za-z0-9.[\]:-]+$/.test(host))
    throw new WasmpackError("BAD_REGISTRY", `"${input}" is not a registry host`, "name the registry as host[:port], e.g. ghcr.io or localhost:5000");
  return isDockerHub(host) ? DOCKER_HUB : host;
}
__name(loginRegistry, "loginRegistry");
async function login(request, deps) {
  let environment = deps.environment ?? defaultEnvironment(), registry = loginRegistry(request.registry);
  if (request.username === "")
    throw new WasmpackError("BAD_CREDENTIALS", `no username given for ${registry}`, "pass --username USER (any non-empty name works for token-based registries such as GHCR)");
  if (request.password === "")
    throw new WasmpackError("BAD_CREDENTIALS", `empty password for ${registry}`, "pass the password with --password-stdin (or answer the prompt); an access token counts as a password");
  registerSecret(request.password, request.username), deps.reporter.step(`checking the credentials of ${request.username} with ${registry}`);
  let check = await verifyCredentials(registry, request);
  check.auth === "none" && deps.reporter.warn(`${registry} asked for no credentials at all (anyone may pull and push); saving them anyway, as docker does`);
  let saved = await saveLogin({
    ...environment,
    host: registry,
    username: request.username,
    password: request.password,
    ...check.identityToken ? { identityToken: check.identityToken } : {},
    ...request.authfile ? { authfile: request.authfile } : {}
  });
  for (let note of saved.notes) deps.reporter.warn(note);
  return { registry, username: request.username, auth: check.auth, identityToken: check.identityToken !== void 0, saved };
}
__name(login, "login");
async function verifyCredentials(registry, request) {
  let credentials = createCredentialStore({ env: {}, homedir: "/nonexistent", creds: { username: request.username, password: request.password } }), client = registryClient({ registry, apiHost: registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry }, connectionAccess(request, credentials));
  try {
    return await client.checkCredentials(request.username, request.password);
  } catch (err) {
    if (err instanceof WasmpackError && err.code === "REGISTRY_UNAUTHORIZED") {
      let provider = providerHint(registry);
      throw new WasmpackError(
        "REGISTRY_UNAUTHORIZED",
        `${registry} refused the username "${request.username}" and its password; nothing was saved (${err.message})`,
        `check the username and password (or access token) and try again.${provider ? ` ${provider}` : ""}`,
        { cause: err }
      );
    }
    throw err;
  } finally {
    await client.close();
  }
}
__name(verifyCredentials, "verifyCredentials");
async function logout(request, deps) {
  let environment = deps.environment ?? defaultEnvironment(), target = { ...environment, ...request.authfile ? { authfile: request.authfile } : {} }, registries = request.all ? await loggedInRegistries(loginAuthFilePath(target)) : [loginRegistry(request.registry)], result = { removed: [], notLoggedIn: [], remaining: [], notes: [] };
  for (let registry of registries) {
    let removed = await removeLogin({ ...target, host: registry });
    if (result.notes.push(...removed.notes), removed.removedFrom.length ? result.removed.push({ registry, from: removed.removedFrom }) : result.notLoggedIn.push(registry), !request.authfile) {
      let still = await createCredentialStore(environment).get(registry);
      still && result.remaining.push({ registry, source: still.source });
    }
  }
  return result;
}
__name(logout, "logout");
async function loggedInRegistries(file) {
  let config = await readAuthConfigFile(file);
  return [...new Set(Object.keys(config?.auths ?? {}).map((key) => loginRegistry(key)))];
}
__name(loggedInRegistries, "loggedInRegistries");
async function storedUsername(request, deps) {
  let environment = deps.environment ?? defaultEnvironment(), registry = loginRegistry(request.registry), found = await createCredentialStore({ ...environment, ...request.authfile ? { authfile: request.authfile } : {} }).get(registry), credential = found?.credential, username = credential?.kind === "basic" || credential?.kind === "identity-token" ? credential.username : void 0;
  if (!username)
    throw new WasmpackError(
      "NOT_LOGGED_IN",
      found ? `the credential for ${registry} (from ${found.source}) carries no username` : `not logged in to ${registry}`,
      `log in with \`wasmpack login ${registry}\``
    );
  return username;
}
__name(storedUsername, "storedUsername");
export {
  login,
  loginRegistry,
  logout,
  storedUsername
};
