/**
 * Issue 16's types, from the generated OpenAPI types (docs/openapi.json → src/api/schema.ts): the
 * job's `job_description`, `ai` and `ai_status`, and `/api/me/resume`. The AI insights' files
 * import them from here (they were hand-written here until the document had them).
 */
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import type { Job } from '../statuses';

/** The job's `ai` object: the insights computed for its current description (and the resume of then). */
export type JobInsights = components['schemas']['AiInsights'];

/** The provider the enricher is configured with (`AI_PROVIDER`). */
export type AiProvider = JobInsights['provider'];

/** `none`: no description; `pending`: a description but no insights yet; `ready`: `ai` is there. */
export type AiStatus = NonNullable<Job['ai_status']>;

/** The Job view (it has `job_description`, `ai` and `ai_status`). */
export type JobWithInsights = Job;

/** `POST /api/jobs`'s body. */
export type CreateJobBody = components['schemas']['CreateJobRequest'];

/** A JSON Merge Patch of a job (`job_description: null` clears it). */
export type JobPatch = components['schemas']['UpdateJobRequest'];

/** The stored resume (`GET`/`PUT /api/me/resume`). */
export type Resume = components['schemas']['Resume'];

/** `PUT /api/me/resume`'s body: 1..50,000 code points after NFC. */
export type ResumeRequest = components['schemas']['ResumeRequest'];

/** The client for the resume's operations: the app's `api`. */
export const resumeClient = api;
export type ResumeClient = typeof resumeClient;
