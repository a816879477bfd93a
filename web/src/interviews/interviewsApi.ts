import { fileOf, localIsoDate, type FileOutcome } from '../api/download';
import { toFormErrors, type FormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import { WAIT } from '../jobs/jobsApi';
import { INTERVIEW_FIELDS, type InterviewField } from './interviewForm';
import type { Interview, InterviewClient, InterviewOutcome, InterviewPatch, InterviewRequest, UpcomingInterview } from './interviewTypes';

/**
 * Issue 18's interview operations for the pages. Every function answers instead of throwing: a
 * refusal or no connection is an outcome with what to show. Commands send `Prefer: wait=5`, so the
 * answer carries the interview as the read model has it when it had it in time (200/201); a 202
 * without it means "recorded, shown in a moment".
 */
export type Failed = { readonly kind: 'failed'; readonly message: string };
export type Saved = { readonly kind: 'saved'; readonly interview?: Interview };
export type Refused = { readonly kind: 'refused'; readonly errors: FormErrors<InterviewField> };

type AnyAnswer = { data?: unknown; error?: unknown; response: Response };

/** A problem whose field errors name `starts_at` is about the form's start (`local_start`). */
function asFormFields(error: unknown): unknown {
  if (error === null || typeof error !== 'object' || !Array.isArray((error as { errors?: unknown }).errors)) return error;
  const problem = error as { errors: { field?: unknown }[] };
  return { ...problem, errors: problem.errors.map((item) => (item.field === 'starts_at' ? { ...item, field: 'local_start' } : item)) };
}

/** 200/201 (`Prefer: wait` met) carry the interview; a 202 only `{interview_id, job_id, event_ids}` (`InterviewAccepted`). */
function interviewOf(answer: AnyAnswer): Interview | undefined {
  const { status } = answer.response;
  return status === 200 || status === 201 ? (answer.data as Interview | undefined) : undefined;
}

async function command(call: () => Promise<AnyAnswer>): Promise<Saved | Refused> {
  try {
    const answer = await call();
    if (answer.response.ok) return { kind: 'saved', interview: interviewOf(answer) };
    return { kind: 'refused', errors: refusalOf({ ...answer, error: asFormFields(answer.error) }, INTERVIEW_FIELDS) };
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, INTERVIEW_FIELDS) };
  }
}

/** What a refusal not about the form's fields says, for a message. */
export function refusalMessage(refused: Refused, fallback: string): string {
  const fields = Object.values(refused.errors.fieldErrors).filter(Boolean);
  return [refused.errors.message, ...fields].filter(Boolean).join(' ') || fallback;
}

/** `GET /api/jobs/{jobId}/interviews`: every interview of the job (cancelled ones too), by start. */
export async function listInterviews(client: InterviewClient, jobId: string, signal?: AbortSignal): Promise<{ kind: 'list'; items: Interview[] } | Failed> {
  try {
    const answer = await client.GET('/api/jobs/{jobId}/interviews', { params: { path: { jobId } }, signal });
    if (answer.data) return { kind: 'list', items: answer.data.items };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'The interviews could not be loaded.' };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    return { kind: 'failed', message: toFormErrors(e).message ?? 'The interviews could not be loaded.' };
  }
}

/** `POST /api/jobs/{jobId}/interviews` (InterviewScheduled). */
export function scheduleInterview(client: InterviewClient, jobId: string, body: InterviewRequest): Promise<Saved | Refused> {
  return command(() => client.POST('/api/jobs/{jobId}/interviews', { params: { path: { jobId }, header: { Prefer: WAIT } }, body }));
}

/** `PATCH /api/jobs/{jobId}/interviews/{interviewId}` as a JSON Merge Patch (InterviewRescheduled). */
export function rescheduleInterview(client: InterviewClient, jobId: string, interviewId: string, patch: InterviewPatch): Promise<Saved | Refused> {
  return command(() =>
    client.PATCH('/api/jobs/{jobId}/interviews/{interviewId}', {
      params: { path: { jobId, interviewId }, header: { Prefer: WAIT } },
      body: patch,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}

/** `DELETE /api/jobs/{jobId}/interviews/{interviewId}` (InterviewCancelled: kept, status cancelled). */
export function cancelInterview(client: InterviewClient, jobId: string, interviewId: string): Promise<Saved | Refused> {
  return command(() => client.DELETE('/api/jobs/{jobId}/interviews/{interviewId}', { params: { path: { jobId, interviewId }, header: { Prefer: WAIT } } }));
}

/** `PUT /api/jobs/{jobId}/interviews/{interviewId}/outcome` with `{"outcome"}` (InterviewOutcomeRecorded). */
export function recordOutcome(client: InterviewClient, jobId: string, interviewId: string, outcome: InterviewOutcome): Promise<Saved | Refused> {
  return command(() =>
    client.PUT('/api/jobs/{jobId}/interviews/{interviewId}/outcome', { params: { path: { jobId, interviewId }, header: { Prefer: WAIT } }, body: { outcome } }),
  );
}

/** `GET /api/interviews/upcoming?limit=`: the scheduled interviews not over yet, of live jobs, soonest first. */
export async function upcomingInterviews(client: InterviewClient, limit: number, signal?: AbortSignal): Promise<{ kind: 'list'; items: UpcomingInterview[] } | Failed> {
  try {
    const answer = await client.GET('/api/interviews/upcoming', { params: { query: { limit } }, signal });
    if (answer.data) return { kind: 'list', items: answer.data.items };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'Your upcoming interviews could not be loaded.' };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    return { kind: 'failed', message: toFormErrors(e).message ?? 'Your upcoming interviews could not be loaded.' };
  }
}

/** `GET /api/jobs/{jobId}/interviews/{interviewId}.ics`: the interview as one iCalendar event, to open in a calendar app. */
export function downloadInterviewIcs(client: InterviewClient, jobId: string, interviewId: string): Promise<FileOutcome> {
  return fileOf(
    () => client.GET('/api/jobs/{jobId}/interviews/{interviewId}.ics', { params: { path: { jobId, interviewId } }, parseAs: 'blob' }),
    `interview-${localIsoDate()}.ics`,
    'text/calendar',
  );
}
