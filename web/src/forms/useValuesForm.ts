import type { FormEvent } from 'react';
import type { FormErrors } from '../api/problems';
import { useFormSubmission } from './useFormSubmission';

/**
 * A form whose values its parent holds (`values`, `onChange`), such as the contact and interview
 * forms, on top of `useFormSubmission`: `change` sets one field and drops its error; `submit`
 * checks the values with `check` (field → message) and, only when none is wrong, sends them with
 * `onSubmit`, showing the refusal it answers (null when saved).
 */
export function useValuesForm<F extends string, V extends Record<F, unknown>>({
  fields,
  values,
  onChange,
  check,
  onSubmit,
}: {
  fields: readonly F[];
  values: V;
  onChange: (values: V) => void;
  check: (values: V) => Partial<Record<F, string>>;
  onSubmit: (values: V) => Promise<FormErrors<F> | null>;
}) {
  const form = useFormSubmission(fields);
  const { refuse, fixing, send } = form;

  function change<K extends F>(field: K, value: V[K]) {
    fixing(field);
    onChange({ ...values, [field]: value });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check(values);
    if (Object.keys(found).length > 0) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    await send(async () => {
      const refusal = await onSubmit(values);
      if (refusal) refuse(refusal);
    });
  }

  return { ...form, change, submit };
}
