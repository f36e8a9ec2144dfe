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
  drain,
  parseChallenges,
  pickChallenge,
  readCappedBody,
  refuseCleartextCredentials,
  registryClient,
  registryError,
  resolveRealm
} from "./shared-targets-registry-uploads.js";
import "./shared-oci-aot-image.js";
import "./shared-targets-layout-source.js";
import "./shared-targets-archive-docker-archive.js";
import "./shared-targets-layout.js";
import "./shared-streamx.js";
import {
  providerHint
} from "./shared-auth-provider-hints.js";
import "./shared-streams.js";
import {
  DOCKER_HUB,
  DOCKER_HUB_API_HOST,
  isDockerHub
} from "./shared-oci-reference.js";
import {
  WasmpackError,
  registerSecret
} from "./shared-errors.js";
import "./shared-package-info.js";
import {
  __name
} from "./shared-runtime.js";

// src/pipeline/login.ts
import { homedir } from "node:os";

// src/pipeline/credential-check.ts
var LOGIN_CLIENT_ID = "wasmpack";
async function checkCredentials(x, username, password) {
  registerSecret(password, username), await x.retrying(() => x.ping());
  let answer = x.pingAnswer, base = x.baseUrl;
  if (answer.status !== 401) return { auth: "none" };
  let challenge = pickChallenge(parseChallenges(answer.wwwAuthenticate)), basic = `Basic ${Buffer.from(`${username}:${password}`, "utf8").toString("base64")}`;
  if (challenge.scheme === "basic")
    return refuseCleartextCredentials(new URL(base)), await expectV2(x, basic, `checking the credentials of ${username} with ${x.registry}`), { auth: "basic" };
  if (!challenge.params.realm)
    throw new WasmpackError("REGISTRY_BAD_CHALLENGE", `${x.registry} sent a Bearer challenge without a realm`, "the registry is misconfigured; report it to its operator");
  let url = resolveRealm(challenge.params.realm, base);
  refuseCleartextCredentials(url), challenge.params.service && url.searchParams.set("service", challenge.params.service), url.searchParams.set("account", username), url.searchParams.set("client_id", LOGIN_CLIENT_ID), url.searchParams.set("offline_token", "true");
  let step = `logging in to ${x.registry} as ${username}`, raw = await x.retrying(async () => {
    let res = await x.sendOnce(step, { method: "GET", url: url.href, headers: { "user-agent": x.userAgent, accept: "application/json", authorization: basic } });
    if (res.status !== 200) {
      let body = await readCappedBody(res.body), status = res.status === 403 ? 401 : res.status;
      throw registryError({ step, method: "GET", url: url.href, status, headers: res.headers, body, registry: x.registry, now: x.now() });
    }
    return x.readBody({ step, method: "GET", url: url.href, scopes: [] }, { ...res, url: url.href }, 1024 * 1024, () => new WasmpackError("REGISTRY_BAD_TOKEN", `${step}: the token service's answer is larger than 1 MiB`, "the token service is misconfigured or a proxy answered instead"));
  }), doc;
  try {
    doc = JSON.parse(raw.toString("utf8"));
  } catch {
    throw new WasmpackError("REGISTRY_BAD_TOKEN", `${step}: the token service's answer is not JSON`, "the token service is misconfigured or a proxy answered instead");
  }
  let token = typeof doc.token == "string" && doc.token ? doc.token : typeof doc.access_token == "string" ? doc.access_token : "";
  if (!token) throw new WasmpackError("REGISTRY_BAD_TOKEN", `${step}: the answer has neither "token" nor "access_token"`, "the token service is misconfigured");
  registerSecret(token), typeof doc.refresh_token == "string" && registerSecret(doc.refresh_token), await expectV2(x, `Bearer ${token}`, step);
  let result = { auth: "bearer" };
  return typeof doc.refresh_token == "string" && doc.refresh_token && (result.identityToken = doc.refresh_token), result;
}
__name(checkCredentials, "checkCredentials");
async function expectV2(x, authorization, step) {
  let url = `${x.baseUrl}/v2/`;
  await x.retrying(async () => {
    let res = await x.sendOnce(step, { method: "GET", url, headers: { "user-agent": x.userAgent, authorization } });
    if (res.status === 200) {
      await drain(res.body);
      return;
    }
    throw registryError({ step, method: "GET", url, status: res.status, headers: res.headers, body: await readCappedBody(res.body), registry: x.registry, now: x.now() });
  });
}
__name(expectV2, "expectV2");

// src/pipeline/login.ts
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
    return await checkCredentials(client.exchange, request.username, request.password);
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
