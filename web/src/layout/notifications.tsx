import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import './notifications.css';

export type NoticeKind = 'info' | 'success' | 'error';

/** A message for the user, with at most one action (such as "Undo"). */
export interface Notice {
  readonly message: string;
  /** `error` is announced at once (role="alert"); the others politely (role="status"). Default `info`. */
  readonly kind?: NoticeKind;
  /** A button next to the message; the message closes after it is pressed. */
  readonly action?: { readonly label: string; readonly onAction: () => void | Promise<void> };
  /** How long it stays, ms; default 6 s, 12 s with an action, 0 = until dismissed. Paused while hovered or focused. */
  readonly durationMs?: number;
}

/** Shows `notice`; returns a function that closes it early (as after an undo window ends). */
export type Notify = (notice: Notice | string) => () => void;

interface Shown extends Notice {
  readonly id: number;
}

const NotifyContext = createContext<Notify | null>(null);

/**
 * Messages for the user ("Job deleted. Undo"), shown at the bottom of the page:
 * `const notify = useNotify(); notify({message: 'Job deleted', action: {label: 'Undo', onAction: restore}})`.
 */
export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify() needs a <NotificationsProvider> above it');
  return notify;
}

/** Holds the messages and renders their two live regions (polite and assertive), present from the start so that screen readers follow them. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState<Shown[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setShown((all) => all.filter((n) => n.id !== id)), []);

  const notify = useCallback<Notify>(
    (notice) => {
      const id = nextId.current++;
      const full: Shown = { ...(typeof notice === 'string' ? { message: notice } : notice), id };
      setShown((all) => [...all.slice(-4), full]); // at most five at once
      return () => dismiss(id);
    },
    [dismiss],
  );

  const polite = shown.filter((n) => n.kind !== 'error');
  const assertive = shown.filter((n) => n.kind === 'error');
  return (
    <NotifyContext.Provider value={notify}>
      {children}
      <div className="notifications">
        <div role="status" aria-live="polite" className="notifications-list">
          {polite.map((n) => (
            <NoticeView key={n.id} notice={n} onDismiss={dismiss} />
          ))}
        </div>
        <div role="alert" aria-live="assertive" className="notifications-list">
          {assertive.map((n) => (
            <NoticeView key={n.id} notice={n} onDismiss={dismiss} />
          ))}
        </div>
      </div>
    </NotifyContext.Provider>
  );
}

function NoticeView({ notice, onDismiss }: { notice: Shown; onDismiss: (id: number) => void }) {
  const duration = notice.durationMs ?? (notice.action ? 12_000 : 6_000);
  const [paused, setPaused] = useState(false);
  useEffect(() => {
    if (paused || duration <= 0) return;
    const timer = setTimeout(() => onDismiss(notice.id), duration);
    return () => clearTimeout(timer);
  }, [paused, duration, notice.id, onDismiss]);

  const pause = useMemo(
    () => ({
      onMouseEnter: () => setPaused(true),
      onMouseLeave: () => setPaused(false),
      onFocus: () => setPaused(true),
      onBlur: () => setPaused(false),
    }),
    [],
  );

  return (
    <div className={`notice notice-${notice.kind ?? 'info'}`} {...pause}>
      <p className="notice-message">{notice.message}</p>
      {notice.action && (
        <button
          type="button"
          className="notice-action"
          onClick={async () => {
            onDismiss(notice.id);
            await notice.action?.onAction();
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button type="button" className="notice-dismiss" aria-label="Dismiss message" onClick={() => onDismiss(notice.id)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
