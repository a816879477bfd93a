/**
 * Issue 18's interview types, from the generated OpenAPI types (docs/openapi.json →
 * src/api/schema.ts): the interview view, its request and merge patch, the outcome, the upcoming
 * list and the job view's `interviews`. The interviews' files import them from here (they were
 * hand-written here until the document had them).
 */
import { api } from '../api/client';
import type { components } from '../api/schema';

/** The interview view (`Interview`). */
export type Interview = components['schemas']['Interview'];

/** `phone_screen`, `technical`, `on_site`, `panel`, `final` or `other`. */
export type InterviewKind = Interview['kind'];
export const INTERVIEW_KINDS: readonly InterviewKind[] = ['phone_screen', 'technical', 'on_site', 'panel', 'final', 'other'];

/** `passed`, `rejected`, `no_show` or `unknown`: recorded once the interview has started. */
export type InterviewOutcome = NonNullable<Interview['outcome']>;
export const INTERVIEW_OUTCOMES: readonly InterviewOutcome[] = ['passed', 'rejected', 'no_show', 'unknown'];

/** `scheduled`, or `cancelled` (kept, shown struck through). */
export type InterviewStatus = Interview['status'];

/**
 * `POST /api/jobs/{jobId}/interviews`'s body: `local_start` + `time_zone` (or `starts_at` instead
 * of `local_start`). A `local_start` in a DST gap or overlap is resolved as java.time's
 * `ZonedDateTime.ofLocal` does.
 */
export type InterviewRequest = components['schemas']['InterviewRequest'];

/** `PATCH`: a JSON Merge Patch (RFC 7396) of the request's fields (`null` removes an optional one). */
export type InterviewPatch = components['schemas']['InterviewPatch'];

/** `PUT .../outcome`'s body. */
export type OutcomeRequest = components['schemas']['InterviewOutcomeRequest'];

/**
 * An item of `GET /api/interviews/upcoming`: an `Interview` whose `company` and `position` (its
 * job's) are there in this list only.
 */
export type UpcomingInterview = Interview;

/** The client for the interviews' operations: the app's `api`. */
export const interviewClient = api;
export type InterviewClient = typeof interviewClient;
