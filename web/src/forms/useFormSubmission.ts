import { useRef, useState } from 'react';
import { noErrors, toFormErrors, type FormErrors } from '../api/problems';
import { useFocusFirstInvalid } from './Field';

/**
 * What every form of the app does around its own request: its errors (shown
 * by `Field` and `FormAlert`), whether it is being sent, and the focus on the
 * first invalid control after a refusal. `fields` are the fields the form
 * shows (see `toFormErrors`). Put `formRef` on the `<form>`.
 */
export function useFormSubmission<F extends string>(fields: readonly F[]) {
  const formRef = useRef<HTMLFormElement>(null);
  const focusInvalid = useFocusFirstInvalid(formRef);
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors());
  const [busy, setBusy] = useState(false);

  /** Shows a refusal and, once it is rendered, focuses the first invalid control. */
  function refuse(refusal: FormErrors<F>) {
    setErrors(refusal);
    focusInvalid();
  }

  /** Drops a field's error: the user is changing the field. */
  function fixing(field: F) {
    setErrors((previous) => {
      if (!previous.fieldErrors[field]) return previous;
      const others: Partial<Record<F, string>> = { ...previous.fieldErrors };
      delete others[field];
      return { ...previous, fieldErrors: others };
    });
  }

  /** Runs one submission: busy meanwhile; an error it throws (the network) goes to the form's alert. */
  async function send(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setErrors(toFormErrors(e, fields));
    } finally {
      setBusy(false);
    }
  }

  return { formRef, errors, setErrors, refuse, fixing, busy, send, fieldErrorCount: Object.keys(errors.fieldErrors).length };
}
