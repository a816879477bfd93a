import { useCallback, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from './drafts';
import { tabStorage } from '../auth/tabStorage';

/**
 * A form's state kept in `sessionStorage` under `key` until the form is sent:
 * `const [job, setJob, clearJob] = useDraft(\`job-edit-${jobId}\`, fromServer)`;
 * call the third after a successful submit. The state comes back after an
 * expired session's trip through the login page, or a reload. Never put a
 * password in it. `initial` is used when no draft is kept under the key (read
 * when the key changes, such as another job's edit page).
 */
export function useDraft<T>(key: string, initial: T): [T, (next: T | ((previous: T) => T)) => void, () => void] {
  const storage = tabStorage();
  const [draft, setDraft] = useState(() => ({ key, value: readDraft<T>(storage, key) ?? initial }));
  const initialRef = useRef(initial);
  initialRef.current = initial;

  let current = draft;
  if (draft.key !== key) {
    // another form under the same component (a new route parameter): its own draft
    current = { key, value: readDraft<T>(storage, key) ?? initial };
    setDraft(current);
  }

  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setDraft((previous) => {
        const value = typeof next === 'function' ? (next as (previous: T) => T)(previous.value) : next;
        writeDraft(storage, previous.key, value);
        return { key: previous.key, value };
      });
    },
    [storage],
  );

  const clear = useCallback(() => {
    clearDraft(storage, key);
    setDraft({ key, value: initialRef.current });
  }, [storage, key]);

  return [current.value, update, clear];
}

/** Whether a draft is kept under `key` (to tell the user their unsent changes are back). */
export function hasDraft(key: string): boolean {
  return readDraft(tabStorage(), key) !== undefined;
}
