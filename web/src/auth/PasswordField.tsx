import { Field } from '../forms/Field';
import { PasswordChecklist } from './PasswordChecklist';
import { PASSWORD_MAX_LENGTH } from './passwordPolicy';

/**
 * A labelled password field. `purpose` says which password it asks for, which
 * is what the browser's password manager reads (`autocomplete`): the `current`
 * one as it is, or a `new` one, capped at the policy's length and with the
 * policy's live checklist as its hint.
 */
export function PasswordField({
  id,
  label,
  name,
  purpose,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  name: string;
  purpose: 'current' | 'new';
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const isNew = purpose === 'new';
  return (
    <Field id={id} label={label} error={error} hint={isNew ? <PasswordChecklist password={value} /> : undefined}>
      {(control) => (
        <input
          {...control}
          name={name}
          type="password"
          autoComplete={isNew ? 'new-password' : 'current-password'}
          maxLength={isNew ? PASSWORD_MAX_LENGTH : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
