// The registry target and the reusable client pieces (inspect, pull and referrers build on these).
export { RegistryTarget, type RegistryTargetOptions } from './target.js';
export { RegistryClient, defaultUserAgent, type RegistryClientOptions, type RegistryStats, type ManifestResult, type PutManifestResult, type PushBlobOptions } from './client.js';
export { fileSchemeMemory, schemeMemoryPath, type SchemeMemory } from './scheme-memory.js';
export { RegistryError } from './errors.js';
export { parseChallenges, pickChallenge, type Challenge } from './challenge.js';
export { mergeScopes, pushScopes, repositoryScope } from './scope.js';
export { DEFAULT_RETRY_POLICY, type RetryPolicy, type RetryEnvironment } from './retries.js';
