import { attachmentFileName, localIsoDate } from '../api/download';
import { splitFieldProblems, toFormErrors, type FormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import type { AccountDataClient } from './accountDataTypes';

/**
 * Issue 15's account operations for the account page: download everything
 * CareerVault holds about the user, and delete the account. Both answer
 * instead of throwing: a network failure is an outcome with a sentence to show.
 */
export type Failed = { readonly kind: 'failed'; readonly message: string };

/**
 * `GET /api/me/export.zip`: the ZIP as the API sends it (`careervault-export.json` and every version of every
 * document under `documents/`), with the name it gives (`Content-Disposition`).
 */
export async function downloadMyData(client: AccountDataClient): Promise<{ kind: 'file'; blob: Blob; fileName: string } | Failed> {
  try {
    const answer = await client.GET('/api/me/export.zip', { parseAs: 'blob' });
    if (answer.response.ok && answer.data) {
      const fileName = attachmentFileName(answer.response.headers.get('Content-Disposition'), `careervault-export-${localIsoDate()}.zip`);
      const blob = answer.data as Blob;
      // the saved file says what it is even if the answer's type was lost on the way
      return { kind: 'file', blob: blob.type ? blob : new Blob([blob], { type: 'application/zip' }), fileName };
    }
    return { kind: 'failed', message: refusalOf(answer).message ?? 'The download failed. Try again.' };
  } catch (e) {
    return { kind: 'failed', message: toFormErrors(e).message ?? 'The download failed. Try again.' };
  }
}

export type DeleteAccountField = 'password';
const DELETE_FIELDS: readonly DeleteAccountField[] = ['password'];

/** What the wrong-password refusal says on the field when the API names no field. */
export const WRONG_PASSWORD = 'That is not the password of this account.';

/**
 * `DELETE /api/me` with `{"password"}`: on `204` the account is gone (and every
 * session with it), so `signOut` ends this tab's session (the app's
 * `endDeletedAccountSession`). A wrong password (`401`/`403`, or `400` on the
 * field) comes back on the `password` field; a `429` says how long to wait. Any
 * other failure leaves the tab signed in: a repeat finishes a partial deletion.
 */
export async function deleteAccount(
  client: AccountDataClient,
  password: string,
  signOut: () => void,
): Promise<{ kind: 'deleted' } | { kind: 'refused'; errors: FormErrors<DeleteAccountField> }> {
  let answer;
  try {
    answer = await client.DELETE('/api/me', { body: { password } });
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, DELETE_FIELDS) };
  }
  const status = answer.response.status;
  if (answer.response.ok) {
    signOut();
    return { kind: 'deleted' };
  }
  const errors = refusalOf(answer, DELETE_FIELDS);
  if ((status === 401 || status === 403) && !errors.fieldErrors.password) {
    const { elsewhere } = splitFieldProblems(answer.error, DELETE_FIELDS);
    return { kind: 'refused', errors: { fieldErrors: { password: WRONG_PASSWORD }, message: elsewhere.length > 0 ? elsewhere.join('. ') : null } };
  }
  if (status >= 500 && !errors.fieldErrors.password) {
    return {
      kind: 'refused',
      errors: { fieldErrors: {}, message: `Your account could not be deleted (${errors.message ?? `error ${status}`}). Try again: a repeat finishes what was started.` },
    };
  }
  return { kind: 'refused', errors };
}
