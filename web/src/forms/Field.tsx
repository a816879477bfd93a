import { useCallback, useEffect, useState, type ReactNode, type RefObject } from 'react';
import './forms.css';

/** The `aria-describedby` of a control: its hint and error ids, those present. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(' ') : undefined;
}

/** A field's error under it, linked to the control by `aria-describedby` (`${id}-error`). */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}

/**
 * A labelled field: the label, the control (given the props that link it to its
 * hint and error), the hint and the error.
 */
export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': describedBy(hint ? `${id}-hint` : null, error ? `${id}-error` : null),
      })}
      {hint && (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      )}
      <FieldError id={id} message={error} />
    </div>
  );
}

/** The form's alert: what is not about one field, and a pointer to the fields with errors. */
export function FormAlert({ message, fieldErrorCount }: { message: string | null; fieldErrorCount: number }) {
  const lines = [
    message,
    fieldErrorCount > 0 ? `Check the ${fieldErrorCount === 1 ? 'field' : `${fieldErrorCount} fields`} marked below.` : null,
  ].filter(Boolean);
  return (
    <div role="alert" className={lines.length > 0 ? 'form-alert' : undefined}>
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/**
 * The form's row of actions: its submit button, which says `busyLabel` and is
 * disabled while the form is being sent, then `children` (a link, a status).
 */
export function SubmitRow({
  busy,
  label,
  busyLabel,
  children,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  children?: ReactNode;
}) {
  return (
    <div className="form-actions">
      <button type="submit" className="button" disabled={busy}>
        {busy ? busyLabel : label}
      </button>
      {children}
    </div>
  );
}

/**
 * Returns a function to call after a refused submit: once the errors are
 * rendered, focus moves to the first control marked invalid in the form.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [requests, setRequests] = useState(0);
  useEffect(() => {
    if (requests > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [requests, form]);
  return useCallback(() => setRequests((n) => n + 1), []);
}
