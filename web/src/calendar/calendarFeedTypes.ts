/**
 * TEMPORARY (issue 18): hand-written types of `/api/me/calendar-feed`, written from the shapes
 * agreed for issue 18 (spec18: "Calendar feed") while docs/openapi.json does not have them yet.
 * REPLACE at merge, once `npm run generate` has them in src/api/schema.ts:
 *   - `CalendarFeedStatus`, `CalendarFeedCreated` → `components['schemas'][<their generated names>]`;
 *   - `calendarFeedClient` → the app's `api` (from '../api/client'), and delete `CalendarFeedPaths`.
 */
import type { Client } from 'openapi-fetch';
import { api } from '../api/client';
import type { components, paths } from '../api/schema';

/** `GET /api/me/calendar-feed`: whether a subscription exists (never its secret). */
export interface CalendarFeedStatus {
  active: boolean;
  /** RFC 3339: when the current secret was made. */
  created_at?: string | null;
}

/** `POST /api/me/calendar-feed`: a new secret (the old one stops working), shown this once. */
export interface CalendarFeedCreated {
  /** `<base>/calendar/<secret>.ics`: what a calendar app subscribes to. */
  url: string;
  secret: string;
  created_at: string;
}

type Answer<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type ProblemAnswer = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };
type Refusals = { 401: ProblemAnswer; 429: ProblemAnswer; 503: ProblemAnswer };
type None = { query?: never; header?: never; path?: never; cookie?: never };

export interface CalendarFeedPaths {
  '/api/me/calendar-feed': {
    parameters: None;
    get: { parameters: None; requestBody?: never; responses: { 200: Answer<CalendarFeedStatus> } & Refusals };
    post: { parameters: None; requestBody?: never; responses: { 200: Answer<CalendarFeedCreated>; 201: Answer<CalendarFeedCreated> } & Refusals };
    delete: { parameters: None; requestBody?: never; responses: { 204: { headers: { [name: string]: unknown }; content?: never } } & Refusals };
    put?: never; patch?: never; options?: never; head?: never; trace?: never;
  };
}

/** The app's API client (same middleware: token, refresh, 503 retries), typed with the feed's endpoints too. */
export const calendarFeedClient = api as unknown as Client<paths & CalendarFeedPaths>;
export type CalendarFeedClient = typeof calendarFeedClient;
