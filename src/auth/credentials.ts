/** What a credential source can give for one registry host. */
export type Credential =
  | { kind: 'basic'; username: string; password: string }
  /** OAuth2 refresh token (docker's identitytoken; a helper's Username "<token>"). */
  | { kind: 'identity-token'; token: string; username?: string }
  /** A bearer token sent to the registry as is (docker's registrytoken). */
  | { kind: 'registry-token'; token: string };

/** Looks up credentials for a registry host; `source` says where they came from, for messages. */
export interface CredentialStore {
  get(host: string): Promise<{ credential: Credential; source: string } | undefined>;
  /** Where it looked, for the hint of a 401. */
  searched(): string[];
}
