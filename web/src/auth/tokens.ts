/**
 * Where the signed-in session's Cognito tokens live: `sessionStorage`, under the
 * names the seed's client used. Why not `localStorage`: see docs/web.md ("Tokens").
 */
export const TOKEN_KEYS = {
  access: 'cognitoAccessToken',
  id: 'cognitoIdToken',
  refresh: 'cognitoRefreshToken',
} as const;

/** The session's tokens: the access token always, the others when the API gave them. */
export interface SessionTokens {
  readonly accessToken: string;
  readonly idToken: string | null;
  readonly refreshToken: string | null;
}

/** A token answer of the API (`Tokens` of POST /auth/login and /auth/refresh). */
export interface TokenAnswer {
  access_token: string;
  id_token?: string;
  refresh_token?: string;
}

/** Why the session ended: the user logged out, the refresh token was refused, or the user deleted the account. */
export type SessionEnd = 'logout' | 'expired' | 'deleted';

/**
 * The token store over a {@link Storage} (the tab's `sessionStorage` in the app,
 * an in-memory one in tests). Listeners hear every change, so React can follow
 * it with `useSyncExternalStore`.
 */
export class TokenStore {
  private readonly listeners = new Set<() => void>();
  private ended: SessionEnd | null = null;

  constructor(private readonly storage: Storage) {}

  /** The tokens, or null when signed out. */
  get(): SessionTokens | null {
    const accessToken = this.storage.getItem(TOKEN_KEYS.access);
    if (!accessToken) return null;
    return {
      accessToken,
      idToken: this.storage.getItem(TOKEN_KEYS.id),
      refreshToken: this.storage.getItem(TOKEN_KEYS.refresh),
    };
  }

  /** The access token, or null when signed out (a stable value for `useSyncExternalStore`). */
  accessToken(): string | null {
    return this.storage.getItem(TOKEN_KEYS.access);
  }

  /**
   * Keeps the tokens of a login or refresh answer. A refresh answer has no
   * refresh token (the one sent stays valid), so an absent one keeps the stored one.
   */
  save(answer: TokenAnswer): void {
    this.storage.setItem(TOKEN_KEYS.access, answer.access_token);
    if (answer.id_token) this.storage.setItem(TOKEN_KEYS.id, answer.id_token);
    if (answer.refresh_token) this.storage.setItem(TOKEN_KEYS.refresh, answer.refresh_token);
    this.ended = null;
    this.emit();
  }

  /** Forgets every token; `reason` tells the login page whether to offer to continue. */
  clear(reason: SessionEnd): void {
    for (const key of Object.values(TOKEN_KEYS)) this.storage.removeItem(key);
    this.ended = reason;
    this.emit();
  }

  /** How the last session of this page ended, or null while signed in (or never signed in). */
  endedBy(): SessionEnd | null {
    return this.ended;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
