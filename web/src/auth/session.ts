import { useEffect, useSyncExternalStore } from 'react';
import { api, tokens } from '../api/client';
import { toFormErrors } from '../api/problems';
import { clearAllDrafts } from '../forms/drafts';
import { jwtClaims } from './jwt';
import { loadProfile, ProfileStore, type Profile } from './profile';
import { tabStorage } from './tabStorage';
import type { SessionEnd } from './tokens';


const subscribe = (listener: () => void) => tokens.subscribe(listener);
const accessToken = () => tokens.accessToken();

/** The access token while signed in, null otherwise; re-renders on sign-in and sign-out. */
export function useAccessToken(): string | null {
  return useSyncExternalStore(subscribe, accessToken, () => null);
}

/** The name to greet the user by: given and family name, else the username. */
export function displayName(profile: Partial<Profile> | null): string {
  const names = [profile?.given_name, profile?.family_name].filter((n) => n && n.trim()).join(' ');
  return names || profile?.username || '';
}

/** The tab's signed-in user's profile (see `ProfileStore`). */
export const profileStore = new ProfileStore();
const subscribeProfile = (listener: () => void) => profileStore.subscribe(listener);
const currentProfile = () => profileStore.get();

/** Loads `GET /auth/me` again (after the email changed or was verified elsewhere). */
export function reloadProfile(): Promise<boolean> {
  return loadProfile(() => api.GET('/auth/me'), profileStore);
}

/**
 * The signed-in user's profile: from the ID token's claims at once, then from
 * `GET /auth/me` (Cognito's current values, `email_verified` among them), once
 * per sign-in (the shell calls it; pages under it use `useCurrentProfile`); `reloadProfile()` and `profileStore.set` change it for every page.
 */
export function useProfile(): Partial<Profile> | null {
  const token = useAccessToken();
  const signedIn = token !== null;
  useEffect(() => {
    profileStore.set(signedIn ? profileFromIdToken() : null);
    if (signedIn) void reloadProfile(); // the ID token's names stay if the API does not answer
  }, [signedIn]);
  return useCurrentProfile();
}

/** The profile as the shell loaded it, for the pages under it (they load nothing themselves). */
export function useCurrentProfile(): Partial<Profile> | null {
  return useSyncExternalStore(subscribeProfile, currentProfile, () => null);
}

function profileFromIdToken(): Partial<Profile> | null {
  const idToken = tokens.get()?.idToken;
  const claims = idToken ? jwtClaims(idToken) : null;
  if (!claims) return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    username: text(claims['cognito:username']) ?? text(claims.username),
    given_name: text(claims.given_name),
    family_name: text(claims.family_name),
    email: text(claims.email),
  };
}

export interface LogOutOutcome {
  /** False when the tab is still signed in (log out everywhere failed). */
  readonly signedOut: boolean;
  /** What went wrong on the server, if anything. */
  readonly problem: string | null;
}

/**
 * Logs out: `POST /auth/logout` revokes this session's refresh token (and its
 * access tokens). The tab forgets its tokens and drafts even when the API cannot
 * be reached, and says so.
 */
export async function logOut(): Promise<LogOutOutcome> {
  const refreshToken = tokens.get()?.refreshToken;
  let problem: string | null = null;
  if (refreshToken) {
    try {
      const { error, response } = await api.POST('/auth/logout', { body: { refresh_token: refreshToken } });
      // 401: the refresh token was already refused, so the session is over anyway
      if (error && response.status !== 401) problem = toFormErrors(error).message;
    } catch (e) {
      problem = toFormErrors(e).message;
    }
  }
  endSession();
  return { signedOut: true, problem };
}

/**
 * Logs out everywhere: `POST /auth/logout-all` ends every session of the user.
 * If the API refuses, this tab stays signed in, so the user can try again.
 */
export async function logOutEverywhere(): Promise<LogOutOutcome> {
  try {
    const { error, response } = await api.POST('/auth/logout-all');
    if (error && response.status !== 401) return { signedOut: false, problem: toFormErrors(error).message };
  } catch (e) {
    return { signedOut: false, problem: toFormErrors(e).message };
  }
  if (tokens.get()) endSession();
  return { signedOut: true, problem: null };
}

function endSession(reason: SessionEnd = 'logout'): void {
  clearAllDrafts(tabStorage());
  tokens.clear(reason);
}

/**
 * The account is deleted (`DELETE /api/me` ended every session): the tab forgets
 * its tokens and drafts, and the login page says the account is gone.
 */
export function endDeletedAccountSession(): void {
  endSession('deleted');
}

/**
 * Where to go after logging in: the `from` query parameter when it is a path of
 * this app (never another origin: `//host` or `/\host` are refused), else the board.
 */
export function safeReturnPath(from: string | null): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return '/';
  if (from.startsWith('/login') || from.startsWith('/signup')) return '/';
  return from;
}
