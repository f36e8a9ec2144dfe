/** The auth package's public surface: credential lookup, login/logout, provider hints. */
export type { Credential, CredentialStore } from './credentials.js';
export { createCredentialStore, type ConfiguredCredentialStore, type CredentialStoreOptions } from './store.js';
export { credentialSources, dockerConfigPath, loginAuthFilePath, type AuthEnvironment, type CredentialSource } from './sources.js';
export { saveLogin, removeLogin, type LoginTarget, type SaveLoginOptions, type SaveLoginResult, type RemoveLoginResult } from './login.js';
export { parseCredsFlag } from './creds-flag.js';
export { providerHint } from './provider-hints.js';
export { DEFAULT_HELPER_TIMEOUT_MS } from './credential-helper.js';
