import { api, type Problem } from '../api/client';
import { retryAfterOf, tooManyAttempts } from '../api/rateLimit';
import type { components } from '../api/schema';
import type { CreateJobBody, JobPatch } from './ai/aiTypes';
import type { Job, JobStatus } from './statuses';

// with issue 16's job_description (src/jobs/ai/aiTypes.ts until the generated types have it)
export type CreateJobRequest = CreateJobBody;
export type UpdateJobRequest = JobPatch;
export type BulkResultEntry = components['schemas']['BulkResultEntry'];
type PossibleDuplicate = components['schemas']['PossibleDuplicate'];

/** Commands wait this long (seconds, RFC 7240 `Prefer: wait`) for the read model, so the UI shows the change at once. */
export const WAIT = 'wait=5';

/** An entity tag for `If-Match` from a job's `version` (which is the ETag without its quotes). */
export function entityTag(version: string): string {
  return `"${version}"`;
}

/** A job's version from an `ETag` header (quotes and a weak prefix taken off). */
export function versionOf(etag: string | null | undefined): string | undefined {
  if (!etag) return undefined;
  return etag.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
}

/** The outcome of a command: the job when the read model already has it, else its next version. */
export type CommandOutcome =
  | { ok: true; status: number; job?: Job; jobId?: string; version?: string; duplicates?: PossibleDuplicate[] }
  | { ok: false; status: number; problem?: Problem };

const NETWORK: CommandOutcome = { ok: false, status: 0 };

/** The refusal's problem; a 429's `detail` says how long to wait ("Too many attempts; try again in 30 s."). */
export function problemOf(error: unknown, response: Response): Problem | undefined {
  const problem = error !== null && typeof error === 'object' ? (error as Problem) : undefined;
  if (response.status !== 429) return problem;
  return { ...(problem ?? { status: 429, title: 'Too Many Requests' }), detail: tooManyAttempts(retryAfterOf({ error, response })) };
}

async function settle(call: () => Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<CommandOutcome> {
  try {
    const { data, error, response } = await call();
    if (response.ok) {
      const job = response.status === 200 || response.status === 201 ? (data as Job | undefined) : undefined;
      // a create's answer (the job, or the acceptance) warns of jobs it may repeat
      const duplicates = (data as { possible_duplicates?: PossibleDuplicate[] } | undefined)?.possible_duplicates;
      // a 202's acceptance names the job too (a create's new id, for what comes after it)
      const accepted = (data as { job_id?: unknown } | undefined)?.job_id;
      const jobId = job?.job_id ?? (typeof accepted === 'string' ? accepted : undefined);
      return {
        ok: true, status: response.status, job, ...(jobId ? { jobId } : {}),
        version: job?.version ?? versionOf(response.headers.get('ETag')), ...(duplicates ? { duplicates } : {}),
      };
    }
    return { ok: false, status: response.status, problem: problemOf(error, response) };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    return NETWORK;
  }
}

export function fetchJob(jobId: string, signal?: AbortSignal) {
  return api.GET('/api/jobs/{jobId}', { params: { path: { jobId } }, signal });
}

/** PATCH (JSON Merge Patch) with `If-Match`: refused with 412 if the job changed since `version`. */
export function patchJob(jobId: string, patch: UpdateJobRequest, version: string) {
  return settle(() =>
    api.PATCH('/api/jobs/{jobId}', {
      params: { path: { jobId }, header: { 'If-Match': entityTag(version), Prefer: WAIT } },
      body: patch,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}

export function moveJob(job: Job, to: JobStatus) {
  return patchJob(job.job_id, { status: to }, job.version);
}

/** POST with `Prefer: wait` (the new job is listed when this answers) and an idempotency key for safe retries. */
export function createJob(body: CreateJobRequest, idempotencyKey: string) {
  return settle(() =>
    api.POST('/api/jobs', { params: { header: { 'Idempotency-Key': idempotencyKey, Prefer: WAIT } }, body }),
  );
}

export function deleteJob(jobId: string, version?: string) {
  return settle(() =>
    api.DELETE('/api/jobs/{jobId}', {
      params: { path: { jobId }, header: { Prefer: WAIT, ...(version ? { 'If-Match': entityTag(version) } : {}) } },
    }),
  );
}

export type BulkOutcome = { ok: true; results: BulkResultEntry[] } | { ok: false; status: number; problem?: Problem };

export async function bulkJobs(body: components['schemas']['BulkJobRequest']): Promise<BulkOutcome> {
  try {
    // waits for the read model, so the board and the list show the changes when this answers
    const { data, error, response } = await api.POST('/api/jobs/bulk', { params: { header: { Prefer: WAIT } }, body });
    if (data) return { ok: true, results: data.results };
    return { ok: false, status: response.status, problem: problemOf(error, response) };
  } catch {
    return { ok: false, status: 0 };
  }
}

/** A sentence for a refused command, for a message or an alert. */
export function refusal(status: number, problem?: Problem): string {
  if (status === 0) return 'The server could not be reached. Check your connection and try again.';
  if (status === 412) return 'Someone changed this job in the meantime; the latest version is shown now.';
  if (status === 404) return 'This job no longer exists.';
  if (status === 401) return 'Your session ended. Log in again.';
  if (status === 503) return 'The service is busy for a moment. Try again shortly.';
  return problem?.detail ?? problem?.title ?? `The server refused (${status}).`;
}

/** A sentence for a refused restore. */
export function restoreRefusal(status: number, problem?: Problem): string {
  if (status === 404) return 'It can no longer be restored (its time in Recently deleted is over).';
  // 409 is either "not deleted" (restored meanwhile, e.g. from Recently deleted) or the account's job limit
  if (status === 409 && problem?.type?.endsWith('/conflict')) return 'It is not deleted any more: it was restored already.';
  if (status === 409) return problem?.detail ?? 'It cannot be restored now (the job limit may be reached).';
  return refusal(status, problem);
}
