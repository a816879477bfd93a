/*
 * STAND-INS until the client core is merged (issue 13): `useNotify` comes from
 * `src/layout/notifications.tsx` and `useDraft` from the core's draft hook. The lead swaps
 * the imports of this file for those and deletes it, with `PendingNotices` (rendered by the
 * jobs routes' frame in routes.tsx) and its frame.
 */
import { createElement, useCallback, useEffect, useState, useSyncExternalStore } from 'react';

/** The core's `Notice` shape (src/layout/notifications.tsx): the action's handler is `onAction`. */
export interface Notice {
  message: string;
  /** `error` is announced at once (role="alert"), the others politely. */
  kind?: 'info' | 'success' | 'error';
  action?: { label: string; onAction: () => void | Promise<void> };
}

type Shown = Notice & { id: number };
let shown: readonly Shown[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
function publish(next: readonly Shown[]) {
  shown = next;
  listeners.forEach((l) => l());
}

/** Shows a short message, optionally with one action button (such as "Undo"). */
export function useNotify(): (notice: Notice) => void {
  return useCallback((notice: Notice) => {
    const id = nextId++;
    publish([...shown, { ...notice, id }].slice(-3));
    setTimeout(() => publish(shown.filter((n) => n.id !== id)), notice.action ? 10000 : 6000);
  }, []);
}

/** The messages of `useNotify`, in a polite live region. */
export function PendingNotices() {
  const list = useSyncExternalStore(
    (l) => { listeners.add(l); return () => listeners.delete(l); },
    () => shown,
  );
  return createElement(
    'div',
    { className: 'pending-notices', role: 'status', 'aria-live': 'polite' },
    // (the core's provider has a second, assertive region for errors)
    list.map((n) =>
      createElement(
        'div',
        { key: n.id, className: 'pending-notice' },
        createElement('span', null, n.message),
        n.action &&
          createElement(
            'button',
            {
              type: 'button',
              onClick: () => {
                void n.action?.onAction();
                publish(shown.filter((x) => x.id !== n.id));
              },
            },
            n.action.label,
          ),
        createElement(
          'button',
          { type: 'button', 'aria-label': 'Dismiss message', onClick: () => publish(shown.filter((x) => x.id !== n.id)) },
          '×',
        ),
      ),
    ),
  );
}

/** A form draft kept in sessionStorage under `key`: survives a forced re-login; `clear` forgets it. */
export function useDraft<T>(key: string, initial: T): [T, (value: T | ((previous: T) => T)) => void, () => void] {
  const storageKey = `draft:${key}`;
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = sessionStorage.getItem(storageKey);
      return saved === null ? initial : (JSON.parse(saved) as T);
    } catch {
      return initial;
    }
  });
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    if (cleared) return;
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(value));
    } catch {
      // storage full or blocked: the draft lives in memory only
    }
  }, [storageKey, value, cleared]);
  const set = useCallback((next: T | ((previous: T) => T)) => {
    setCleared(false);
    setValue(next);
  }, []);
  const clear = useCallback(() => {
    sessionStorage.removeItem(storageKey);
    setCleared(true);
  }, [storageKey]);
  return [value, set, clear];
}
