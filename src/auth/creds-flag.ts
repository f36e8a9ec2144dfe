import { WasmpackError } from '../errors.js';

/**
 * `--creds user[:password]`, split at the first ":" (passwords may contain ":"). Without a
 * password the CLI reads it from stdin (--password-stdin); `wasmpack login` also prompts on a terminal.
 */
export function parseCredsFlag(value: string): { username: string; password?: string } {
  const colon = value.indexOf(':');
  const username = colon === -1 ? value : value.slice(0, colon);
  if (username === '') {
    throw new WasmpackError('BAD_CREDENTIALS', '--creds has an empty username', 'write --creds <user>:<password>, or --creds <user> and pass the password on stdin');
  }
  return colon === -1 ? { username } : { username, password: value.slice(colon + 1) };
}
