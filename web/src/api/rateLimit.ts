import { toFormErrors, type FormErrors } from './problems';
import { retryAfterSeconds } from './sessionMiddleware';

/** What an openapi-fetch call gives back, as far as refusals go. */
export interface Answer {
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * How long a 429 asks to wait, in whole seconds: the `Retry-After` header
 * (delay-seconds or an HTTP-date, RFC 9110 section 10.2.3), else the problem's
 * `retry_after_seconds`; null when neither says.
 */
export function retryAfterOf(answer: Answer, now: number = Date.now()): number | null {
  const header = retryAfterSeconds(answer.response.headers.get('Retry-After'), now);
  if (header !== null) return header;
  const body = answer.error;
  const seconds = body !== null && typeof body === 'object' ? (body as { retry_after_seconds?: unknown }).retry_after_seconds : undefined;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : null;
}

/** A wait as people read it: "45 s" under two minutes, else whole minutes rounded up ("3 min"). */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  return whole < 120 ? `${whole} s` : `${Math.ceil(whole / 60)} min`;
}

/** The sentence for a 429: "Too many attempts; try again in 30 s." */
export function tooManyAttempts(seconds: number | null): string {
  return seconds === null ? 'Too many attempts; try again later.' : `Too many attempts; try again in ${formatWait(seconds)}.`;
}

/**
 * What a form shows of a refused answer: a 429 (rate limited) as "Too many
 * attempts; try again in N s" in the form's alert, anything else as
 * `toFormErrors` splits it (fields the form shows, the rest in the alert).
 */
export function refusalOf<F extends string>(answer: Answer, fields?: readonly F[], now: number = Date.now()): FormErrors<F> {
  if (answer.response.status === 429) return { fieldErrors: {}, message: tooManyAttempts(retryAfterOf(answer, now)) };
  return toFormErrors(answer.error, fields);
}
