/**
 * The three parts of undici the registry client uses, imported from undici's own files: its index
 * also loads fetch, WebSocket, the HTTP cache, the mock and snapshot agents and their WebAssembly
 * parser at start-up (1 MB of the bundle, about a quarter of a push's CPU), none of which a
 * registry exchange needs. Same code, fewer modules.
 */
import type { Dispatcher } from 'undici';
import requestOnDispatcher from 'undici/lib/api/api-request.js';
import AgentClass from 'undici/lib/dispatcher/agent.js';
import EnvHttpProxyAgentClass from 'undici/lib/dispatcher/env-http-proxy-agent.js';

export const Agent = AgentClass;
export const EnvHttpProxyAgent = EnvHttpProxyAgentClass;

/** undici's `request(url, { dispatcher, ... })`, for a given dispatcher. */
export function request(url: string, options: Omit<Dispatcher.RequestOptions, 'origin' | 'path'> & { dispatcher: Dispatcher }): Promise<Dispatcher.ResponseData> {
  const { dispatcher, ...rest } = options;
  const parsed = new URL(url);
  return requestOnDispatcher.call(dispatcher, { ...rest, origin: parsed.origin, path: `${parsed.pathname}${parsed.search}` });
}
