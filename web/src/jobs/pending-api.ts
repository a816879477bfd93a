/*
 * Calls to endpoints being added to the API in parallel (issue 13), not in docs/openapi.json
 * yet. TODO(lead): after the backend branches merge, run `npm run generate` and switch each
 * call below to the generated types (`api.GET('/api/jobs/deleted', …)` etc.), then delete
 * the hand types. The calls go through the same `api` client, so they get its middleware
 * (token refresh, 503 retry).
 */
import type { Client } from 'openapi-fetch';
import { api } from '../api/client';
import type { components } from '../api/schema';
import type { JobStatus } from './statuses';

type Problem = components['schemas']['Problem'];
type JobPage = components['schemas']['JobPage'];
type BulkResult = components['schemas']['BulkResult'];

/** TODO(lead): generated `DeletedJob` (GET /api/jobs/deleted). */
export interface DeletedJob {
  job_id: string;
  company: string;
  position: string;
  status: JobStatus;
  deleted_at: string;
  expires_at: string;
}

/** TODO(lead): generated type of GET /api/jobs/deleted's page. */
export interface DeletedJobPage {
  /** The brief names the list "items"; `jobs` is accepted too until the contract is final. */
  items?: DeletedJob[];
  jobs?: DeletedJob[];
  next_cursor?: string;
}

/** TODO(lead): generated `Insights` (GET /api/me/insights). Rates are 0..1. */
export interface Insights {
  total_jobs: number;
  jobs_by_status: Partial<Record<JobStatus, number>>;
  applied_jobs: number;
  response_rate: number;
  interview_rate: number;
  offer_rate: number;
  median_days_to_first_response: number | null;
  /** Weeks as ISO week names, e.g. '2026-W48'. */
  applications_per_week: { week: string; applications: number }[];
  as_of: string;
}

interface Op<Query, Body, Ok, OkCode extends number = 200> {
  parameters: { query?: Query; header?: never; path?: Record<string, string>; cookie?: never };
  requestBody?: Body extends never ? never : { content: { 'application/json': Body } };
  responses: { [code in OkCode]: { headers: Record<string, unknown>; content: { 'application/json': Ok } } } & {
    default: { headers: Record<string, unknown>; content: { 'application/problem+json': Problem } };
  };
}

type ListQuery = {
  status?: JobStatus;
  company?: string;
  /** TODO(lead): the generated `tag` query parameter of GET /api/jobs. */
  tag?: string;
  limit?: number;
  cursor?: string;
};

interface PendingPaths {
  '/api/jobs': { get: Op<ListQuery, never, JobPage> };
  '/api/jobs/deleted': { get: Op<{ limit?: number; cursor?: string }, never, DeletedJobPage> };
  '/api/jobs/{jobId}/restore': {
    post: Op<never, never, unknown, 202> & { parameters: { path: { jobId: string } } };
  };
  '/api/jobs/bulk': {
    post: Op<never, { action: 'restore'; job_ids: string[] }, BulkResult, 202> & {
      requestBody: { content: { 'application/json': { action: 'restore'; job_ids: string[] } } };
    };
  };
  '/api/me/insights': { get: Op<never, never, Insights> };
}

// The same client object: only its static type is widened by the endpoints still to come.
const pendingApi = api as unknown as Client<PendingPaths>;

/** GET /api/jobs with the `tag` filter (and the generated ones). */
export function listJobs(query: ListQuery, signal?: AbortSignal) {
  return pendingApi.GET('/api/jobs', { params: { query }, signal });
}

/** GET /api/jobs/deleted: jobs deleted lately that can still be restored. */
export async function listDeletedJobs(cursor?: string, signal?: AbortSignal) {
  const answer = await pendingApi.GET('/api/jobs/deleted', { params: { query: { limit: 50, cursor } }, signal });
  const page = answer.data;
  return { ...answer, jobs: page?.items ?? page?.jobs ?? [], nextCursor: page?.next_cursor };
}

/** POST /api/jobs/{jobId}/restore: brings a deleted job back (202). */
export function restoreJob(jobId: string) {
  return pendingApi.POST('/api/jobs/{jobId}/restore', { params: { path: { jobId } } });
}

/** POST /api/jobs/bulk with the `restore` action. */
export function restoreJobs(jobIds: string[]) {
  return pendingApi.POST('/api/jobs/bulk', { body: { action: 'restore', job_ids: jobIds } });
}

/** GET /api/me/insights: the analytics stream's latest figures for the caller. */
export function getInsights(signal?: AbortSignal) {
  return pendingApi.GET('/api/me/insights', { signal });
}
