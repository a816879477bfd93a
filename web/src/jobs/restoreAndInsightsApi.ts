import { api } from '../api/client';
import { WAIT } from './jobsApi';
import type { components, operations } from '../api/schema';

export type DeletedJob = components['schemas']['DeletedJob'];
export type Insights = components['schemas']['Insights'];
type ListQuery = NonNullable<operations['listJobs']['parameters']['query']>;

/** GET /api/jobs: the caller's jobs, filtered by status, company or tag, a page at a time. */
export function listJobs(query: ListQuery, signal?: AbortSignal) {
  return api.GET('/api/jobs', { params: { query }, signal });
}

/** GET /api/jobs/deleted: jobs deleted lately that can still be restored, newest deletion first. */
export async function listDeletedJobs(cursor?: string, signal?: AbortSignal) {
  const answer = await api.GET('/api/jobs/deleted', { params: { query: { limit: 50, cursor } }, signal });
  return { ...answer, jobs: answer.data?.jobs ?? [], nextCursor: answer.data?.next_cursor };
}

/** POST /api/jobs/{jobId}/restore: brings a deleted job back, answering once lists show it again (or 202 after the wait). */
export function restoreJob(jobId: string) {
  return api.POST('/api/jobs/{jobId}/restore', { params: { path: { jobId }, header: { Prefer: WAIT } } });
}

/** POST /api/jobs/bulk with the `restore` action: undoes a bulk delete in one command. */
export function restoreJobs(jobIds: string[]) {
  return api.POST('/api/jobs/bulk', { params: { header: { Prefer: WAIT } }, body: { action: 'restore', job_ids: jobIds } });
}

/** GET /api/me/insights: the latest figures of the analytics stream for the caller. */
export function getInsights(signal?: AbortSignal) {
  return api.GET('/api/me/insights', { signal });
}
