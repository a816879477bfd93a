/**
 * TEMPORARY (issue 18): hand-written types of the interviews' API, written from the shapes agreed
 * for issue 18 (spec18: "API JSON") while docs/openapi.json does not have them yet. Every part of
 * the app that uses them imports them from here, so the switch is this one file.
 * REPLACE at merge, once `npm run generate` has them in src/api/schema.ts:
 *   - `Interview`, `InterviewRequest`, `UpcomingInterview`, `OutcomeRequest` →
 *     `components['schemas'][<their generated names>]`; `InterviewPatch` → the PATCH body's schema;
 *   - `JobWithInterviews` → `Job` (from '../jobs/statuses'; the Job view has `interviews` and `contacts`);
 *   - `interviewClient` → the app's `api` (from '../api/client'), and delete `InterviewPaths`.
 */
import type { Client } from 'openapi-fetch';
import { api } from '../api/client';
import type { components, paths } from '../api/schema';
import type { JobWithInsights } from '../jobs/ai/aiTypes';
import type { ContactSummary } from '../contacts/contactTypes';

/** `InterviewKind` (contracts), as the API writes it. */
export type InterviewKind = 'phone_screen' | 'technical' | 'on_site' | 'panel' | 'final' | 'other';
export const INTERVIEW_KINDS: readonly InterviewKind[] = ['phone_screen', 'technical', 'on_site', 'panel', 'final', 'other'];

/** `InterviewOutcome` (contracts): recorded once the interview is over. */
export type InterviewOutcome = 'passed' | 'rejected' | 'no_show' | 'unknown';
export const INTERVIEW_OUTCOMES: readonly InterviewOutcome[] = ['passed', 'rejected', 'no_show', 'unknown'];

/** `scheduled`, or `cancelled` (kept, shown struck through). */
export type InterviewStatus = 'scheduled' | 'cancelled';

/** The interview view (`Interview`). */
export interface Interview {
  interview_id: string;
  job_id: string;
  /** RFC 3339, UTC: the instant it starts. */
  starts_at: string;
  /** The IANA zone it was arranged in, such as `Europe/Berlin`. */
  time_zone: string;
  /** The wall-clock start in `time_zone`, `YYYY-MM-DDTHH:mm` (seconds possible). */
  local_start: string;
  /** 1..1440. */
  duration_minutes: number;
  kind: InterviewKind;
  location?: string | null;
  meeting_url?: string | null;
  contact_ids: string[];
  notes?: string | null;
  outcome?: InterviewOutcome | null;
  status: InterviewStatus;
  /** 0 when scheduled, +1 per reschedule and on cancel (the iCalendar SEQUENCE). */
  sequence: number;
  /** The job's old single `interview_at`, read as an interview (UTC, 60 minutes, `other`). */
  legacy: boolean;
  created_at: string;
  updated_at?: string | null;
}

/**
 * `POST /api/jobs/{jobId}/interviews`'s body: `local_start` + `time_zone` (or `starts_at` instead
 * of `local_start`: exactly one of them). A `local_start` in a DST gap or overlap is resolved as
 * java.time's `ZonedDateTime.ofLocal` does (a gap moves it forward by the gap's length, an overlap
 * takes the earlier offset).
 */
export interface InterviewRequest {
  local_start?: string;
  starts_at?: string;
  time_zone: string;
  /** 1..1440, default 60. */
  duration_minutes?: number;
  /** Default `other`. */
  kind?: InterviewKind;
  location?: string;
  meeting_url?: string;
  contact_ids?: string[];
  notes?: string;
}

/** `PATCH`: a JSON Merge Patch (RFC 7396) of the request's fields (`null` removes an optional one). */
export interface InterviewPatch {
  local_start?: string;
  starts_at?: string;
  time_zone?: string;
  duration_minutes?: number;
  kind?: InterviewKind;
  location?: string | null;
  meeting_url?: string | null;
  contact_ids?: string[] | null;
  notes?: string | null;
}

/** `PUT .../outcome`'s body. */
export interface OutcomeRequest {
  outcome: InterviewOutcome;
}

/** An item of `GET /api/interviews/upcoming`: the interview with its job's company and position. */
export type UpcomingInterview = Interview & { company: string; position: string };

/** The Job view with issue 18's `interviews` (all, cancelled too) and `contacts`. */
export type JobWithInterviews = JobWithInsights & { interviews?: Interview[]; contacts?: ContactSummary[] };

type Parameters<P = never, Q = never> = { query?: Q; header?: { Prefer?: string; 'Idempotency-Key'?: string }; path: P; cookie?: never };
type Answer<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type ProblemAnswer = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };
type Refusals = { 400: ProblemAnswer; 401: ProblemAnswer; 404: ProblemAnswer; 409: ProblemAnswer; 422: ProblemAnswer; 429: ProblemAnswer; 503: ProblemAnswer };
type Empty = { headers: { [name: string]: unknown }; content?: never };
type Unused = { post?: never; put?: never; patch?: never; delete?: never; options?: never; head?: never; trace?: never };
type JobPath = { jobId: string };
type InterviewPath = { jobId: string; interviewId: string };

export interface InterviewPaths {
  '/api/jobs/{jobId}/interviews': Omit<Unused, 'post'> & {
    parameters: { path: JobPath };
    get: { parameters: Parameters<JobPath>; requestBody?: never; responses: { 200: Answer<{ items: Interview[] }> } & Refusals };
    post: {
      parameters: Parameters<JobPath>;
      requestBody: { content: { 'application/json': InterviewRequest } };
      responses: { 201: Answer<Interview>; 202: Answer<Interview> } & Refusals;
    };
  };
  '/api/jobs/{jobId}/interviews/{interviewId}': Omit<Unused, 'patch' | 'delete'> & {
    parameters: { path: InterviewPath };
    get: { parameters: Parameters<InterviewPath>; requestBody?: never; responses: { 200: Answer<Interview> } & Refusals };
    patch: {
      parameters: Parameters<InterviewPath>;
      requestBody: { content: { 'application/merge-patch+json': InterviewPatch; 'application/json': InterviewPatch } };
      responses: { 200: Answer<Interview>; 202: Answer<Interview> } & Refusals;
    };
    delete: { parameters: Parameters<InterviewPath>; requestBody?: never; responses: { 200: Answer<Interview>; 202: Answer<Interview>; 204: Empty } & Refusals };
  };
  '/api/jobs/{jobId}/interviews/{interviewId}/outcome': Omit<Unused, 'put'> & {
    parameters: { path: InterviewPath };
    get?: never;
    put: {
      parameters: Parameters<InterviewPath>;
      requestBody: { content: { 'application/json': OutcomeRequest } };
      responses: { 200: Answer<Interview>; 202: Answer<Interview>; 204: Empty } & Refusals;
    };
  };
  '/api/jobs/{jobId}/interviews/{interviewId}.ics': Unused & {
    parameters: { path: InterviewPath };
    get: {
      parameters: Parameters<InterviewPath>;
      requestBody?: never;
      responses: { 200: { headers: { [name: string]: unknown }; content: { 'text/calendar': string } } } & Refusals;
    };
  };
  '/api/interviews/upcoming': Unused & {
    parameters: { path?: never };
    get: {
      parameters: { query?: { limit?: number }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Answer<{ items: UpcomingInterview[] }> } & Refusals;
    };
  };
}

/** The app's API client (same middleware: token, refresh, 503 retries), typed with the interviews' endpoints too. */
export const interviewClient = api as unknown as Client<paths & InterviewPaths>;
export type InterviewClient = typeof interviewClient;
