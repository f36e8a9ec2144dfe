import { WasmpackError, registerSecret } from '../errors.js';
import { parseChallenges, pickChallenge } from '../targets/registry/challenge.js';
import { readCappedBody, registryError } from '../targets/registry/errors.js';
import type { RegistryExchange } from '../targets/registry/exchange.js';
import { drain } from '../targets/registry/http.js';
import { resolveRealm } from '../targets/registry/token.js';
import { refuseCleartextCredentials } from '../targets/registry/transport.js';

/*
 * login's credential check: the only user of the registry exchange that sends credentials it was
 * handed instead of those of the credential store, so it sits beside login, not in the client.
 */

const LOGIN_CLIENT_ID = 'wasmpack';

export interface CredentialCheck {
  /** What the registry asked for at /v2/ without credentials. */
  auth: 'none' | 'basic' | 'bearer';
  /** An OAuth2 refresh token the token service handed out (ACR does): store it instead of the password. */
  identityToken?: string;
}

/**
 * Verifies a username and password before anyone saves them, as `docker login` does:
 * no challenge at /v2/ -> nothing to verify; Basic -> GET /v2/ with them must answer 200;
 * Bearer -> the token service must grant a token for them with no scope (asked with
 * offline_token=true: a refresh_token in the answer is an identity token, stored instead of
 * the password), and /v2/ must accept that token. Refusal is REGISTRY_UNAUTHORIZED.
 * https://distribution.github.io/distribution/spec/auth/token/#requesting-a-token
 */
export async function checkCredentials(x: RegistryExchange, username: string, password: string): Promise<CredentialCheck> {
  registerSecret(password, username);
  await x.retrying(() => x.ping());
  const answer = x.pingAnswer!;
  const base = x.baseUrl!;
  if (answer.status !== 401) return { auth: 'none' };
  // The ping already refused challenges without a usable scheme.
  const challenge = pickChallenge(parseChallenges(answer.wwwAuthenticate))!;
  const basic = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  if (challenge.scheme === 'basic') {
    refuseCleartextCredentials(new URL(base));
    await expectV2(x, basic, `checking the credentials of ${username} with ${x.registry}`);
    return { auth: 'basic' };
  }
  if (!challenge.params.realm) {
    throw new WasmpackError('REGISTRY_BAD_CHALLENGE', `${x.registry} sent a Bearer challenge without a realm`, 'the registry is misconfigured; report it to its operator');
  }
  const url = resolveRealm(challenge.params.realm, base);
  refuseCleartextCredentials(url);
  if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
  url.searchParams.set('account', username);
  url.searchParams.set('client_id', LOGIN_CLIENT_ID);
  url.searchParams.set('offline_token', 'true');
  const step = `logging in to ${x.registry} as ${username}`;
  // A token GET may be repeated: resets, cut-off answers and 5xx are retried like everywhere.
  const raw = await x.retrying(async () => {
    const res = await x.sendOnce(step, { method: 'GET', url: url.href, headers: { 'user-agent': x.userAgent, accept: 'application/json', authorization: basic } });
    if (res.status !== 200) {
      const body = await readCappedBody(res.body);
      // Some token services answer a wrong password with 403; for a login both mean "refused".
      const status = res.status === 403 ? 401 : res.status;
      throw registryError({ step, method: 'GET', url: url.href, status, headers: res.headers, body, registry: x.registry, now: x.now() });
    }
    return x.readBody({ step, method: 'GET', url: url.href, scopes: [] }, { ...res, url: url.href }, 1024 * 1024, () => new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the token service's answer is larger than 1 MiB`, 'the token service is misconfigured or a proxy answered instead'));
  });
  let doc: { token?: unknown; access_token?: unknown; refresh_token?: unknown };
  try {
    doc = JSON.parse(raw.toString('utf8')) as typeof doc;
  } catch {
    throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the token service's answer is not JSON`, 'the token service is misconfigured or a proxy answered instead');
  }
  const token = typeof doc.token === 'string' && doc.token ? doc.token : typeof doc.access_token === 'string' ? doc.access_token : '';
  if (!token) throw new WasmpackError('REGISTRY_BAD_TOKEN', `${step}: the answer has neither "token" nor "access_token"`, 'the token service is misconfigured');
  registerSecret(token);
  if (typeof doc.refresh_token === 'string') registerSecret(doc.refresh_token);
  await expectV2(x, `Bearer ${token}`, step);
  const result: CredentialCheck = { auth: 'bearer' };
  if (typeof doc.refresh_token === 'string' && doc.refresh_token) result.identityToken = doc.refresh_token;
  return result;
}

/** GET /v2/ with this Authorization must answer 200. */
async function expectV2(x: RegistryExchange, authorization: string, step: string): Promise<void> {
  const url = `${x.baseUrl}/v2/`;
  await x.retrying(async () => {
    const res = await x.sendOnce(step, { method: 'GET', url, headers: { 'user-agent': x.userAgent, authorization } });
    if (res.status === 200) {
      await drain(res.body);
      return;
    }
    throw registryError({ step, method: 'GET', url, status: res.status, headers: res.headers, body: await readCappedBody(res.body), registry: x.registry, now: x.now() });
  });
}
