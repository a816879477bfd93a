import type { createApiClient } from '../api/client';
import { splitFieldProblems, toFormErrors, type FormErrors } from '../api/problems';
import { refusalOf, retryAfterOf, tooManyAttempts } from '../api/rateLimit';

/** The typed API client (the app's `api`, or a test's over a scripted fetch). */
export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The outcomes of the account operations of issue 14 (email verification,
 * password reset and change, email change, unsubscribe), for the pages to show.
 * Every function answers instead of throwing: a network failure is a `failed`
 * outcome with a sentence to show.
 */
export type Failed = { readonly kind: 'failed'; readonly message: string };
/** A refused form: errors on the form's fields, the rest (and 429s) in `message`. */
export type Refused<F extends string> = { readonly kind: 'refused'; readonly errors: FormErrors<F> };
/** The emailed link's token was refused (bad signature, expired, used, or for an address no longer the account's). */
export type InvalidLink = { readonly kind: 'invalid-link' };

/** The token of an emailed link (`?token=…`), or null when the address has none. */
export function linkToken(search: string): string | null {
  const token = new URLSearchParams(search).get('token')?.trim();
  return token ? token : null;
}

/** Whether a 400 is about the link's `token` (or names no field at all, such as a missing parameter). */
function isTokenProblem(status: number, error: unknown): boolean {
  if (status !== 400) return false;
  const { fieldErrors } = splitFieldProblems(error);
  return 'token' in fieldErrors || Object.keys(fieldErrors).length === 0;
}

function failed(error: unknown, response?: Response): Failed {
  if (response?.status === 429) return { kind: 'failed', message: tooManyAttempts(retryAfterOf({ error, response })) };
  return { kind: 'failed', message: toFormErrors(error).message ?? 'Something went wrong. Try again.' };
}

async function attempt<T>(call: () => Promise<T>): Promise<T | Failed> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    return failed(e);
  }
}

/** `POST /auth/verify-email`: the emailed link's token marks the address verified. */
export function verifyEmail(client: ApiClient, token: string) {
  return attempt(async (): Promise<{ kind: 'verified'; email: string } | InvalidLink | Failed> => {
    const { data, error, response } = await client.POST('/auth/verify-email', { body: { token } });
    if (data) return { kind: 'verified', email: data.email };
    return isTokenProblem(response.status, error) ? { kind: 'invalid-link' } : failed(error, response);
  });
}

/** `POST /auth/verify-email/resend`: another verification email (202), unless verified already (409) or too soon (429). */
export function resendVerification(client: ApiClient) {
  return attempt(async (): Promise<{ kind: 'sent'; email: string } | { kind: 'already-verified' } | Failed> => {
    const { data, error, response } = await client.POST('/auth/verify-email/resend');
    if (data) return { kind: 'sent', email: data.email };
    return response.status === 409 ? { kind: 'already-verified' } : failed(error, response);
  });
}

export type ForgotPasswordField = 'email';

/** `POST /auth/forgot-password`: accepted the same whether or not an account uses the address. */
export function requestPasswordReset(client: ApiClient, email: string) {
  return attempt(async (): Promise<{ kind: 'sent' } | Refused<ForgotPasswordField> | Failed> => {
    const answer = await client.POST('/auth/forgot-password', { body: { email } });
    if (answer.response.ok) return { kind: 'sent' };
    return { kind: 'refused', errors: refusalOf(answer, ['email'] as const) };
  });
}

export type ResetPasswordField = 'password';

/** `POST /auth/reset-password`: the emailed link's token (single use) and the new password. */
export function resetPassword(client: ApiClient, token: string, password: string) {
  return attempt(async (): Promise<{ kind: 'reset' } | InvalidLink | Refused<ResetPasswordField> | Failed> => {
    const answer = await client.POST('/auth/reset-password', { body: { token, password } });
    if (answer.data) return { kind: 'reset' };
    const { fieldErrors } = splitFieldProblems(answer.error);
    if (answer.response.status === 400 && 'token' in fieldErrors) return { kind: 'invalid-link' };
    return { kind: 'refused', errors: refusalOf(answer, ['password'] as const) };
  });
}

/** `POST /unsubscribe?token=…` with `{}` (the API reads no body): every reminder email off for the address the link was sent to. */
export function unsubscribe(client: ApiClient, token: string) {
  return attempt(async (): Promise<{ kind: 'unsubscribed'; email: string } | InvalidLink | Failed> => {
    const { data, error, response } = await client.POST('/unsubscribe', { params: { query: { token } }, body: {} });
    if (data) return { kind: 'unsubscribed', email: data.email };
    return isTokenProblem(response.status, error) ? { kind: 'invalid-link' } : failed(error, response);
  });
}

export type ChangeEmailField = 'email' | 'password';

/** `PUT /auth/me/email` (re-authenticated with the password): the new address, unverified. */
export function changeEmail(client: ApiClient, email: string, password: string) {
  return attempt(async (): Promise<{ kind: 'changed'; email: string } | Refused<ChangeEmailField> | Failed> => {
    const answer = await client.PUT('/auth/me/email', { body: { email, password } });
    if (answer.data) return { kind: 'changed', email: answer.data.email };
    return { kind: 'refused', errors: refusalOf(answer, ['email', 'password'] as const) };
  });
}

export type ChangePasswordField = 'current_password' | 'new_password';

/** `PUT /auth/me/password`: the current password and the new one; the other sessions end. */
export function changePassword(client: ApiClient, currentPassword: string, newPassword: string) {
  return attempt(async (): Promise<{ kind: 'changed' } | Refused<ChangePasswordField> | Failed> => {
    const answer = await client.PUT('/auth/me/password', {
      body: { current_password: currentPassword, new_password: newPassword },
    });
    if (answer.data) return { kind: 'changed' };
    return { kind: 'refused', errors: refusalOf(answer, ['current_password', 'new_password'] as const) };
  });
}
