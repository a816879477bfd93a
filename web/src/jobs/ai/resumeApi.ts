import { toFormErrors, type FormErrors } from '../../api/problems';
import { refusalOf } from '../../api/rateLimit';
import type { Resume, ResumeClient } from './aiTypes';

/**
 * The user's resume for the AI insights (`/api/me/resume`). The API keeps it in a table of its
 * own, never in the event log, and deletes it with the account. Every function answers instead
 * of throwing: a network failure is an outcome with a sentence to show.
 */

/** The most characters (code points, after NFC) a resume may have. */
export const RESUME_MAX = 50_000;

export type ResumeField = 'text';
export const RESUME_FIELDS: readonly ResumeField[] = ['text'];

export type Failed = { readonly kind: 'failed'; readonly message: string };

/** `GET /api/me/resume`: the stored resume, or none (404). */
export async function loadResume(client: ResumeClient, signal?: AbortSignal): Promise<{ kind: 'resume'; resume: Resume } | { kind: 'none' } | Failed> {
  try {
    const answer = await client.GET('/api/me/resume', { signal });
    if (answer.data) return { kind: 'resume', resume: answer.data };
    if (answer.response.status === 404) return { kind: 'none' };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'Your resume could not be loaded. Reload the page.' };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    return { kind: 'failed', message: toFormErrors(e).message ?? 'Your resume could not be loaded. Reload the page.' };
  }
}

/**
 * `PUT /api/me/resume` with `{"text"}`: stored (and every job with a description is scored
 * again). A refusal about the text (empty, too long, a control character) comes on `text`.
 */
export async function saveResume(client: ResumeClient, text: string): Promise<{ kind: 'saved'; resume: Resume } | { kind: 'refused'; errors: FormErrors<ResumeField> }> {
  try {
    const answer = await client.PUT('/api/me/resume', { body: { text } });
    if (answer.data) return { kind: 'saved', resume: answer.data };
    return { kind: 'refused', errors: refusalOf(answer, RESUME_FIELDS) };
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, RESUME_FIELDS) };
  }
}

/** `DELETE /api/me/resume`: gone (204, also when there was none); the jobs are scored again without it. */
export async function removeResume(client: ResumeClient): Promise<{ kind: 'removed' } | Failed> {
  try {
    const answer = await client.DELETE('/api/me/resume');
    if (answer.response.ok) return { kind: 'removed' };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'Your resume was not removed. Try again.' };
  } catch (e) {
    return { kind: 'failed', message: toFormErrors(e).message ?? 'Your resume was not removed. Try again.' };
  }
}
