import { toFormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import type { CalendarFeedClient, CalendarFeedCreated, CalendarFeedStatus } from './calendarFeedTypes';

/**
 * The calendar subscription (`/api/me/calendar-feed`): a secret address calendar apps poll
 * without signing in. The API keeps only its hash, so the address is shown once, when made.
 * Every function answers instead of throwing.
 */
export type Failed = { readonly kind: 'failed'; readonly message: string };

/** `GET`: whether a subscription exists, and since when. */
export async function loadFeed(client: CalendarFeedClient, signal?: AbortSignal): Promise<{ kind: 'status'; status: CalendarFeedStatus } | Failed> {
  try {
    const answer = await client.GET('/api/me/calendar-feed', { signal });
    if (answer.data) return { kind: 'status', status: answer.data };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'The calendar subscription could not be loaded.' };
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    return { kind: 'failed', message: toFormErrors(e).message ?? 'The calendar subscription could not be loaded.' };
  }
}

/** `POST`: a new address (the old one, if any, stops working at once). */
export async function createFeed(client: CalendarFeedClient): Promise<{ kind: 'created'; feed: CalendarFeedCreated } | Failed> {
  try {
    const answer = await client.POST('/api/me/calendar-feed');
    if (answer.data) return { kind: 'created', feed: answer.data };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'No address was made. Try again.' };
  } catch (e) {
    return { kind: 'failed', message: toFormErrors(e).message ?? 'No address was made. Try again.' };
  }
}

/** `DELETE`: the address stops working (calendar apps get 404). */
export async function revokeFeed(client: CalendarFeedClient): Promise<{ kind: 'revoked' } | Failed> {
  try {
    const answer = await client.DELETE('/api/me/calendar-feed');
    if (answer.response.ok) return { kind: 'revoked' };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'The subscription was not revoked. Try again.' };
  } catch (e) {
    return { kind: 'failed', message: toFormErrors(e).message ?? 'The subscription was not revoked. Try again.' };
  }
}
