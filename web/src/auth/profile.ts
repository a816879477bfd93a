import type { components } from '../api/schema';

export type Profile = components['schemas']['Profile'];

/**
 * The signed-in user's profile, shared by the pages that show it (the header's
 * name, the verify-email banner, the account page), so that a change made on
 * one page (a new email, a verified address) shows everywhere at once.
 * Listeners hear every change (`useSyncExternalStore`).
 */
export class ProfileStore {
  private profile: Partial<Profile> | null = null;
  private readonly listeners = new Set<() => void>();

  get(): Partial<Profile> | null {
    return this.profile;
  }

  /** Replaces the profile, or (with a partial one) updates some of its fields. */
  set(profile: Partial<Profile> | null, merge = false): void {
    this.profile = merge && this.profile && profile ? { ...this.profile, ...profile } : profile;
    for (const listener of this.listeners) listener();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** The client's `GET /auth/me`, as far as loading the profile goes. */
type GetProfile = () => Promise<{ data?: Profile | undefined }>;

/**
 * Loads `GET /auth/me` (Cognito's current values) into `store`; what the store
 * has stays when the API does not answer. Returns whether it loaded.
 */
export async function loadProfile(getProfile: GetProfile, store: ProfileStore): Promise<boolean> {
  try {
    const { data } = await getProfile();
    if (!data) return false;
    store.set(data);
    return true;
  } catch {
    return false;
  }
}
