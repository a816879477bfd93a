import type { ReactNode } from 'react';
import { CharacterCount } from './CharacterCount';
import { describedBy, Field } from './Field';

/**
 * A `Field` with a textarea and, under it, its live `CharacterCount` against the API's limit
 * `max` (the control is described by the count too).
 */
export function CountedTextArea({
  id,
  label,
  hint,
  error,
  name,
  rows,
  spellCheck,
  max,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  name: string;
  rows: number;
  spellCheck?: boolean;
  max: number;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <Field id={id} label={label} hint={hint} error={error}>
        {(control) => (
          <textarea
            {...control}
            aria-describedby={describedBy(control['aria-describedby'], `${id}-count`)}
            name={name}
            rows={rows}
            spellCheck={spellCheck}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
      </Field>
      <CharacterCount id={id} text={value} max={max} />
    </>
  );
}
