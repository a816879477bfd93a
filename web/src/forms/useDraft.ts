import { useCallback, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from './drafts';
import { tabStorage } from '../auth/tabStorage';

/**
 * A form's state kept in `sessionStorage` under `key` until the form is sent:
 * `const [job, setJob, clearJob] = useDraft('job-new', emptyJob)`; call the third
 * after a successful submit. The state comes back after an expired session's
 * trip through the login page or a reload. Never put a password in it.
 * `initial` is used only when no draft is kept.
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const storage = tabStorage();
  const [value, setValue] = useState<T>(() => readDraft<T>(storage, key) ?? initial);
  const empty = useRef(initial); // what the form goes back to once sent

  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const value = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        writeDraft(storage, key, value);
        return value;
      });
    },
    [storage, key],
  );

  const clear = useCallback(() => {
    clearDraft(storage, key);
    setValue(empty.current);
  }, [storage, key]);

  return [value, update, clear];
}

/** Whether a draft is kept under `key` (to tell the user their unsent changes are back). */
export function hasDraft(key: string): boolean {
  return readDraft(tabStorage(), key) !== undefined;
}
