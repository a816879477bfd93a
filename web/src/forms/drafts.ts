/**
 * What the user has typed into a form, kept in the tab's `sessionStorage` until
 * the form is sent, so that a sign-out (an expired session), a reload or a
 * detour through the login page loses nothing. Never keep a password here.
 */
const PREFIX = 'careervault.draft.';

/** The draft kept under `key`, or undefined when there is none (or it is unreadable). */
export function readDraft<T>(storage: Storage, key: string): T | undefined {
  const raw = storage.getItem(PREFIX + key);
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return undefined;
  }
}

export function writeDraft<T>(storage: Storage, key: string, value: T): void {
  try {
    storage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // storage full or refused: the form still works, the draft is only not kept
  }
}

export function clearDraft(storage: Storage, key: string): void {
  storage.removeItem(PREFIX + key);
}

/** Forgets every draft (on logging out, so the next person at this tab sees none). */
export function clearAllDrafts(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}
