import type { components } from './schema';

type FieldProblem = components['schemas']['FieldProblem'];

/** What a form shows of a refused request: a message per field, and the rest for an alert. */
export interface FormErrors<F extends string = string> {
  /** The message of each bad field the form has (several messages for one field are joined). */
  readonly fieldErrors: Partial<Record<F, string>>;
  /** What is not about a field the form shows, for an alert; null when every problem is on a field. */
  readonly message: string | null;
}

const NO_ERRORS: FormErrors<never> = { fieldErrors: {}, message: null };

/** No errors: a form's state before it is sent. */
export function noErrors<F extends string>(): FormErrors<F> {
  return NO_ERRORS;
}

/**
 * Turns an error of the API client into what a form shows. `error` is the
 * parsed body of an error answer (an RFC 9457 problem with
 * `errors: [{field, message}]`), a plain text body, or a thrown error (the
 * network). `fields` are the fields the form shows; a field problem about any
 * other field (such as `body` or a header) goes into `message`. Without
 * `fields`, every field problem goes on its field.
 */
export function toFormErrors<F extends string = string>(error: unknown, fields?: readonly F[]): FormErrors<F> {
  if (error === undefined || error === null) return { fieldErrors: {}, message: 'The server gave no answer. Try again.' };
  if (error instanceof Error) return { fieldErrors: {}, message: `Could not reach CareerVault (${error.message}). Try again.` };
  if (typeof error === 'string') return { fieldErrors: {}, message: error.trim() || 'Something went wrong. Try again.' };
  if (typeof error !== 'object') return { fieldErrors: {}, message: 'Something went wrong. Try again.' };

  const problem = error as { detail?: unknown; title?: unknown };
  const { fieldErrors, elsewhere } = splitFieldProblems(error, fields);
  const onFields = Object.keys(fieldErrors).length > 0;
  let message: string | null = elsewhere.length > 0 ? elsewhere.join('. ') : null;
  if (!onFields && message === null) {
    message = text(problem.detail) ?? text(problem.title) ?? 'Something went wrong. Try again.';
  }
  return { fieldErrors, message };
}

/**
 * The field problems (`errors: [{field, message}]`) of a problem body: each
 * on its field when the form shows it (an item of a list field such as
 * `tags[2]` on the list field `tags`; several messages for one field joined),
 * and, as sentences, those about any other field. Without `fields`, every
 * field problem goes on its field as named. Anything else gives none.
 */
export function splitFieldProblems<F extends string = string>(
  error: unknown,
  fields?: readonly F[],
): { fieldErrors: Partial<Record<F, string>>; elsewhere: string[] } {
  const fieldErrors: Partial<Record<F, string>> = {};
  const elsewhere: string[] = [];
  const items = error !== null && typeof error === 'object' ? (error as { errors?: unknown }).errors : undefined;
  for (const item of Array.isArray(items) ? items : []) {
    if (!isFieldProblem(item)) continue;
    const field = (fields ? item.field.replace(/\[\d+\]$/, '') : item.field) as F;
    if (fields && !fields.includes(field)) {
      elsewhere.push(item.field === 'body' ? item.message : `${item.field}: ${item.message}`);
    } else {
      fieldErrors[field] = fieldErrors[field] ? `${fieldErrors[field]}; ${item.message}` : item.message;
    }
  }
  return { fieldErrors, elsewhere };
}

function isFieldProblem(item: unknown): item is FieldProblem {
  return (
    item !== null &&
    typeof item === 'object' &&
    typeof (item as FieldProblem).field === 'string' &&
    typeof (item as FieldProblem).message === 'string'
  );
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
