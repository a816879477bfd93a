/**
 * TEMPORARY (issue 16): hand-written types of the job's `job_description`, `ai` and `ai_status`
 * and of `GET|PUT|DELETE /api/me/resume`, written from the shapes agreed for issue 16
 * (the decisions file's "Command API" section) while docs/openapi.json does not have them yet.
 * Every part of the app that uses them imports them from here, so the switch is this one file.
 * REPLACE at merge, once `npm run generate` has them in src/api/schema.ts:
 *   - `JobWithInsights` → `Job` (from '../statuses'), `JobInsights` → `components['schemas']['AiInsights']`
 *     (the name on the i16-api branch), `AiStatus` → `NonNullable<Job['ai_status']>`,
 *     `AiProvider` → `JobInsights['provider']`;
 *   - `CreateJobBody` / `JobPatch` → `components['schemas']['CreateJobRequest']` / `['UpdateJobRequest']`;
 *   - `Resume` / `ResumeRequest` → `components['schemas']['Resume']` / `['ResumeRequest']`;
 *   - `resumeClient` → the app's `api` (from '../../api/client'), and delete `ResumePaths`.
 */
import type { Client } from 'openapi-fetch';
import { api } from '../../api/client';
import type { components, paths } from '../../api/schema';
import type { Job } from '../statuses';

/** The provider the enricher is configured with (`AI_PROVIDER`). */
export type AiProvider = 'lexical' | 'gemini' | 'openai-compatible';

/** Why a configured provider's answer was replaced by the offline (lexical) one. */
export type DegradedReason = 'timeout' | 'provider-error' | 'invalid-answer' | 'rate-limited' | 'daily-budget';

/** The job's `ai` object: the insights computed for its current description (and the resume of then). */
export interface JobInsights {
  /** The posting in a few sentences (≤ 2000 characters). */
  summary: string;
  /** The skills the posting asks for, heaviest first (≤ 30). */
  required_skills: string[];
  /** 0..100; null when the user had no resume when this was computed. */
  match_score: number | null;
  /** What the resume has of what the posting asks (≤ 20); empty without a resume. */
  strengths: string[];
  /** What the posting asks and the resume lacks (≤ 20); empty without a resume. */
  gaps: string[];
  /** The CONFIGURED provider; when `degraded` the content came from `lexical`. */
  provider: AiProvider;
  /** The model that computed the content (`lexical-1` when degraded). */
  model: string;
  degraded: boolean;
  /** One of `DegradedReason` when degraded (a string: a newer API may add reasons). */
  degraded_reason: string | null;
  /** RFC 3339. */
  computed_at: string;
  resume_hash: string | null;
}

/** `none`: no description; `pending`: a description but no insights yet; `ready`: `ai` is there. */
export type AiStatus = 'none' | 'pending' | 'ready';

/** The Job view with issue 16's fields. */
export type JobWithInsights = Job & {
  /** The posting's text, multi-line, ≤ 20,000 code points. */
  job_description?: string;
  ai?: JobInsights | null;
  ai_status?: AiStatus;
};

/** `POST /api/jobs`'s body with the description. */
export type CreateJobBody = components['schemas']['CreateJobRequest'] & { job_description?: string };

/** A JSON Merge Patch of a job with the description (null clears it). */
export type JobPatch = components['schemas']['UpdateJobRequest'] & { job_description?: string | null };

/** The stored resume (`GET`/`PUT /api/me/resume`). */
export interface Resume {
  text: string;
  /** Lowercase hex SHA-256 of the UTF-8 text as stored. */
  resume_hash: string;
  /** In code points. */
  length: number;
  /** RFC 3339. */
  updated_at: string;
}

/** `PUT /api/me/resume`'s body: 1..50,000 code points after NFC. */
export interface ResumeRequest {
  text: string;
}

type NoParameters = { query?: never; header?: never; path?: never; cookie?: never };
type ProblemAnswer = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };
type ResumeAnswer = { headers: { [name: string]: unknown }; content: { 'application/json': Resume } };

interface ResumePaths {
  '/api/me/resume': {
    parameters: NoParameters;
    get: {
      parameters: NoParameters;
      requestBody?: never;
      responses: { 200: ResumeAnswer; 401: ProblemAnswer; 404: ProblemAnswer };
    };
    put: {
      parameters: NoParameters;
      requestBody: { content: { 'application/json': ResumeRequest } };
      responses: { 200: ResumeAnswer; 400: ProblemAnswer; 401: ProblemAnswer; 429: ProblemAnswer };
    };
    delete: {
      parameters: NoParameters;
      requestBody?: never;
      responses: { 204: { headers: { [name: string]: unknown }; content?: never }; 401: ProblemAnswer };
    };
    post?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
}

/** The app's API client (same middleware: token, refresh, 503 retries), typed with the resume endpoints too. */
export const resumeClient = api as unknown as Client<paths & ResumePaths>;
export type ResumeClient = typeof resumeClient;
