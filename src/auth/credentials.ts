/** What a credential source can give for one registry host. */
export type Credential =
  | { kind: 'basic'; username: string; password: string }
  /** OAuth2 refresh token (docker's identitytoken; a helper's Username "<token>"). */
  | { kind: 'identity-token'; token: string; username?: string }
  /** A bearer token sent to the registry as is (docker's registrytoken). */
  | { kind: 'registry-token'; token: string };

/** Looks up credentials for a registry host; `source` says where they came from, for messages. */
export interface CredentialStore {
  /**
   * `host` is the registry as written in the reference ("ghcr.io", "localhost:5000", "docker.io");
   * the optional `repository` lets auth.json namespace keys ("quay.io/acme") win over the host key.
   */
  get(host: string, repository?: string): Promise<{ credential: Credential; source: string } | undefined>;
  /** Where it looked, for the hint of a 401. Never contains a secret. */
  searched(): string[];
}
