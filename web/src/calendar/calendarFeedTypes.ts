/**
 * Issue 18's calendar subscription types (`/api/me/calendar-feed`), from the generated OpenAPI
 * types (docs/openapi.json → src/api/schema.ts); hand-written here until the document had them.
 */
import { api } from '../api/client';
import type { components } from '../api/schema';

/** `GET /api/me/calendar-feed`: whether a subscription exists (never its secret). */
export type CalendarFeedStatus = components['schemas']['CalendarFeedStatus'];

/** `POST /api/me/calendar-feed`: a new secret and its address (the old one stops working), shown this once. */
export type CalendarFeedCreated = components['schemas']['CalendarFeedSecret'];

/** The client for the subscription's operations: the app's `api`. */
export const calendarFeedClient = api;
export type CalendarFeedClient = typeof calendarFeedClient;
