import { WasmpackError, redact } from '../errors.js';
import type { Runner, RunResult } from '../process/exec.js';
import type { Credential } from './credentials.js';

/**
 * The docker credential helper protocol: `docker-credential-<name> <get|store|erase>`, the server
 * URL (or a JSON object for store) on stdin, JSON on stdout.
 * https://github.com/docker/docker-credential-helpers#development
 */
export interface HelperContext {
  runner: Runner;
  env: NodeJS.ProcessEnv;
  /** Helpers can hang on a locked keychain or a prompt; give up after this long. */
  timeoutMs: number;
}

export const DEFAULT_HELPER_TIMEOUT_MS = 20_000;

/** The helper exists but has no credentials for this server. */
const NOT_FOUND = /credentials not found/i;

export function helperCommand(helper: string): string {
  return `docker-credential-${helper}`;
}

/** `get`: undefined when the helper has nothing for this server. Throws AUTH_HELPER_MISSING when it is not installed. */
export async function helperGet(ctx: HelperContext, helper: string, serverURL: string): Promise<Credential | undefined> {
  const result = await runHelper(ctx, helper, 'get', serverURL, []);
  if (result.code !== 0) {
    if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr)) return undefined;
    throw helperFailed(helper, 'get', serverURL, result, []);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    // Do not quote stdout: it may be a half-printed secret.
    throw new WasmpackError('AUTH_HELPER_FAILED', `${helperCommand(helper)} get for ${serverURL} printed something that is not JSON`, `check that ${helperCommand(helper)} works: echo ${serverURL} | ${helperCommand(helper)} get`);
  }
  const { Username, Secret } = (parsed ?? {}) as { Username?: unknown; Secret?: unknown };
  if (typeof Secret !== 'string' || Secret === '') return undefined;
  const username = typeof Username === 'string' ? Username : '';
  // A helper answering Username "<token>" hands out an identity (refresh) token, as docker does.
  if (username === '<token>') return { kind: 'identity-token', token: Secret };
  return { kind: 'basic', username, password: Secret };
}

export async function helperStore(ctx: HelperContext, helper: string, serverURL: string, credential: { username: string; secret: string }): Promise<void> {
  const input = JSON.stringify({ ServerURL: serverURL, Username: credential.username, Secret: credential.secret });
  const result = await runHelper(ctx, helper, 'store', input, [credential.secret]);
  if (result.code !== 0) throw helperFailed(helper, 'store', serverURL, result, [credential.secret]);
}

/** `erase`: false when the helper had nothing to erase. */
export async function helperErase(ctx: HelperContext, helper: string, serverURL: string): Promise<boolean> {
  const result = await runHelper(ctx, helper, 'erase', serverURL, []);
  if (result.code === 0) return true;
  if (NOT_FOUND.test(result.stdout) || NOT_FOUND.test(result.stderr)) return false;
  throw helperFailed(helper, 'erase', serverURL, result, []);
}

async function runHelper(ctx: HelperContext, helper: string, action: string, input: string, secrets: string[]): Promise<RunResult> {
  const command = helperCommand(helper);
  const controller = new AbortController();
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
      reject(new WasmpackError('AUTH_HELPER_TIMEOUT', `${command} ${action} did not answer within ${Math.round(ctx.timeoutMs / 1000)} s`, `check that ${command} works on its own (it may be waiting for a locked keychain or a prompt), or remove it from your docker config`));
    }, ctx.timeoutMs);
  });
  try {
    return await Promise.race([ctx.runner(command, [action], { input, env: ctx.env, signal: controller.signal }), timeout]);
  } catch (err) {
    if (timedOut) {
      throw new WasmpackError('AUTH_HELPER_TIMEOUT', `${command} ${action} did not answer within ${Math.round(ctx.timeoutMs / 1000)} s`, `check that ${command} works on its own (it may be waiting for a locked keychain or a prompt), or remove it from your docker config`);
    }
    if (err instanceof WasmpackError && err.code === 'TOOL_NOT_FOUND') {
      throw new WasmpackError('AUTH_HELPER_MISSING', `the credential helper ${command} is not installed (not found on PATH)`, `install ${command}, or remove "${helper}" from credsStore/credHelpers in your docker config`);
    }
    throw new WasmpackError('AUTH_HELPER_FAILED', `${command} ${action} could not run: ${scrub(err instanceof Error ? err.message : String(err), secrets)}`, `check that ${command} works on its own`);
  } finally {
    clearTimeout(timer);
  }
}

function helperFailed(helper: string, action: string, serverURL: string, result: RunResult, secrets: string[]): WasmpackError {
  const command = helperCommand(helper);
  const output = scrub((result.stderr || result.stdout).trim().split('\n').slice(0, 5).join('\n'), secrets);
  return new WasmpackError('AUTH_HELPER_FAILED', `${command} ${action} for ${serverURL} failed (exit ${result.code})${output ? `: ${output}` : ''}`, `check that ${command} works on its own: echo ${serverURL} | ${command} get`);
}

/** Removes known secrets and anything credential-shaped from a helper's own words. */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s) out = out.split(s).join('***');
  return redact(out);
}
