import { describe, expect, it } from 'vitest';
import { createApiClient } from './client';
import { ServiceStatus, type ServiceState } from './serviceStatus';
import { retryAfterSeconds } from './sessionMiddleware';
import { json, jwt, scriptedFetch, type Call } from './testing';
import { MemoryStorage } from '../auth/memoryStorage';
import { TokenStore } from '../auth/tokens';

const NOW = 1_800_000_000_000; // the tests' clock, epoch ms
const inMinutes = (minutes: number) => jwt({ sub: 'u1', exp: (NOW + minutes * 60_000) / 1000 });
const OLD = inMinutes(30);
const NEW = inMinutes(60);
const PREFS = { follow_up_enabled: true, follow_up_days: 7, interview_enabled: true, custom_enabled: true, time_zone: 'UTC' };

type Sleep = (ms: number, signal: AbortSignal | null) => Promise<void>;

function setUp(handler: (call: Call, index: number) => Response | Promise<Response>, access = OLD, wait?: Sleep) {
  const tokens = new TokenStore(new MemoryStorage());
  tokens.save({ access_token: access, id_token: 'id', refresh_token: 'refresh-1' });
  const serviceStatus = new ServiceStatus();
  const states: ServiceState[] = [];
  serviceStatus.subscribe(() => states.push(serviceStatus.get()));
  const sleeps: number[] = [];
  let expired = 0;
  const { fetch, calls } = scriptedFetch(handler);
  const api = createApiClient({
    baseUrl: 'http://careervault.test',
    fetch,
    tokens,
    serviceStatus,
    now: () => NOW,
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      await wait?.(ms, signal);
    },
    onSessionExpired: () => {
      expired += 1;
    },
  });
  return { api, calls, tokens, states, sleeps, expired: () => expired };
}

const refreshed = () => json(200, { access_token: NEW, id_token: 'id-2', expires_in: 3600, token_type: 'Bearer' });
const unauthorized = () => json(401, { status: 401, title: 'Unauthorized', detail: 'The access token is invalid or expired' });

describe('the API client', () => {
  it('sends the access token as a bearer token, and none to the public operations', async () => {
    const { api, calls } = setUp((call) => (call.path === '/auth/me' ? json(200, { user_id: 'u1', username: 'ann' }) : json(200, {})));

    const me = await api.GET('/auth/me');
    await api.POST('/auth/logout', { body: { refresh_token: 'refresh-1' } });

    expect(me.data?.username).toBe('ann');
    expect(calls.map((c) => [c.path, c.authorization])).toEqual([
      ['/auth/me', `Bearer ${OLD}`],
      ['/auth/logout', null],
    ]);
  });

  it('refreshes the access token before it expires, within the margin', async () => {
    const { api, calls, tokens } = setUp(
      (call) => (call.path === '/auth/refresh' ? refreshed() : json(200, PREFS)),
      inMinutes(0.5), // 30 s left, under the 60 s margin
    );

    const prefs = await api.GET('/api/me/preferences');

    expect(prefs.data).toEqual(PREFS);
    expect(calls.map((c) => c.path)).toEqual(['/auth/refresh', '/api/me/preferences']);
    expect(JSON.parse(calls[0]!.body)).toEqual({ refresh_token: 'refresh-1' });
    expect(calls[1]!.authorization).toBe(`Bearer ${NEW}`);
    expect(tokens.get()).toEqual({ accessToken: NEW, idToken: 'id-2', refreshToken: 'refresh-1' });
  });

  it('does not refresh a token with more than the margin left', async () => {
    const { api, calls } = setUp(() => json(200, PREFS), inMinutes(2));

    await api.GET('/api/me/preferences');

    expect(calls.map((c) => c.path)).toEqual(['/api/me/preferences']);
  });

  it('refreshes once on a 401 and sends the request again with the new token', async () => {
    const { api, calls } = setUp((call) => {
      if (call.path === '/auth/refresh') return refreshed();
      return call.authorization === `Bearer ${NEW}` ? json(202, { ...PREFS, follow_up_days: 3 }) : unauthorized();
    });

    const answer = await api.PUT('/api/me/preferences', { body: { follow_up_days: 3 } });

    expect(answer.response.status).toBe(202);
    expect(answer.data?.follow_up_days).toBe(3);
    expect(calls.map((c) => [c.path, c.authorization, c.body])).toEqual([
      ['/api/me/preferences', `Bearer ${OLD}`, '{"follow_up_days":3}'],
      ['/auth/refresh', null, '{"refresh_token":"refresh-1"}'],
      ['/api/me/preferences', `Bearer ${NEW}`, '{"follow_up_days":3}'],
    ]);
  });

  it('refreshes only once when the retried request is refused again', async () => {
    const { api, calls, expired } = setUp((call) => (call.path === '/auth/refresh' ? refreshed() : unauthorized()));

    const answer = await api.GET('/api/me/preferences');

    expect(answer.response.status).toBe(401);
    expect(answer.error?.detail).toBe('The access token is invalid or expired');
    expect(calls.map((c) => c.path)).toEqual(['/api/me/preferences', '/auth/refresh', '/api/me/preferences']);
    expect(expired()).toBe(0);
  });

  it('makes concurrent requests share one refresh', async () => {
    let releaseRefresh!: () => void;
    const refreshGate = new Promise<void>((resolve) => {
      releaseRefresh = resolve;
    });
    const { api, calls } = setUp(async (call) => {
      if (call.path === '/auth/refresh') {
        await refreshGate;
        return refreshed();
      }
      return call.authorization === `Bearer ${NEW}` ? json(200, PREFS) : unauthorized();
    });

    const answers = Promise.all([api.GET('/api/me/preferences'), api.GET('/auth/me'), api.GET('/api/me/preferences')]);
    await new Promise((resolve) => setTimeout(resolve, 20)); // all three refused, all waiting on the refresh
    releaseRefresh();
    const done = await answers;

    expect(done.map((a) => a.response.status)).toEqual([200, 200, 200]);
    expect(calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1);
    expect(calls.filter((c) => c.path !== '/auth/refresh').map((c) => c.authorization)).toEqual([
      `Bearer ${OLD}`, `Bearer ${OLD}`, `Bearer ${OLD}`, `Bearer ${NEW}`, `Bearer ${NEW}`, `Bearer ${NEW}`,
    ]);
  });

  it('makes concurrent requests before expiry share one refresh', async () => {
    const { api, calls } = setUp((call) => (call.path === '/auth/refresh' ? refreshed() : json(200, PREFS)), inMinutes(0.5));

    await Promise.all([api.GET('/api/me/preferences'), api.GET('/api/me/preferences'), api.GET('/auth/me')]);

    expect(calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1);
    expect(calls.filter((c) => c.path !== '/auth/refresh').every((c) => c.authorization === `Bearer ${NEW}`)).toBe(true);
  });

  it('clears the tokens and signals the sign-out when the refresh token is refused', async () => {
    const { api, calls, tokens, expired } = setUp((call) =>
      call.path === '/auth/refresh'
        ? json(401, { status: 401, title: 'Unauthorized', detail: 'The refresh token is invalid' })
        : unauthorized(),
    );

    const answers = await Promise.all([api.GET('/api/me/preferences'), api.GET('/auth/me')]);

    expect(answers.map((a) => a.response.status)).toEqual([401, 401]);
    expect(calls.filter((c) => c.path === '/auth/refresh')).toHaveLength(1);
    expect(tokens.get()).toBeNull();
    expect(tokens.endedBy()).toBe('expired');
    expect(expired()).toBe(1);
  });

  it('keeps the tokens when the refresh fails for want of the service, not of the token', async () => {
    const { api, tokens, expired } = setUp((call) =>
      call.path === '/auth/refresh' ? json(502, { status: 502, title: 'Bad Gateway' }) : unauthorized(),
    );

    const answer = await api.GET('/api/me/preferences');

    expect(answer.response.status).toBe(401);
    expect(tokens.get()?.refreshToken).toBe('refresh-1');
    expect(expired()).toBe(0);
  });

  it('retries a 503 after Retry-After with the same body and headers, and shows the wait', async () => {
    const unavailable = () =>
      json(503, { status: 503, title: 'Service Unavailable', detail: 'The event log is unavailable; nothing was recorded. Retry later.' }, { 'Retry-After': '2' });
    const { api, calls, states, sleeps } = setUp((_call, index) => (index < 2 ? unavailable() : json(202, { ...PREFS, time_zone: 'Europe/Berlin' })));

    const answer = await api.PUT('/api/me/preferences', {
      body: { time_zone: 'Europe/Berlin', follow_up_days: 10 },
      headers: { 'Idempotency-Key': 'k-1' },
    });

    expect(answer.response.status).toBe(202);
    expect(answer.data?.time_zone).toBe('Europe/Berlin');
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((c) => c.body))).toEqual(new Set(['{"time_zone":"Europe/Berlin","follow_up_days":10}']));
    expect(calls.map((c) => c.headers.get('Idempotency-Key'))).toEqual(['k-1', 'k-1', 'k-1']);
    expect(calls.map((c) => c.headers.get('Content-Type'))).toEqual(['application/json', 'application/json', 'application/json']);
    expect(sleeps).toEqual([2000, 2000]);
    expect(states).toEqual([
      { kind: 'unavailable', retryAt: NOW + 2000, attempt: 1, maxAttempts: 5, detail: 'The event log is unavailable; nothing was recorded. Retry later.' },
      { kind: 'unavailable', retryAt: NOW + 2000, attempt: 2, maxAttempts: 5, detail: 'The event log is unavailable; nothing was recorded. Retry later.' },
      { kind: 'available' },
    ]);
  });

  it('caps the wait and gives the 503 to the caller after the last attempt', async () => {
    const { api, calls, sleeps, states } = setUp(() =>
      json(503, { status: 503, title: 'Service Unavailable', detail: 'The read model is unavailable; retry later' }, { 'Retry-After': '3600' }),
    );

    const answer = await api.GET('/api/me/preferences');

    expect(answer.response.status).toBe(503);
    expect(answer.error?.detail).toBe('The read model is unavailable; retry later');
    expect(calls).toHaveLength(6); // the request and 5 retries
    expect(sleeps).toEqual([30_000, 30_000, 30_000, 30_000, 30_000]);
    expect(states.at(-1)).toEqual({ kind: 'available' });
  });

  it('stops waiting when the request is aborted', async () => {
    const untilAborted: Sleep = (_ms, signal) => new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
    const { api, calls, states } = setUp(
      () => json(503, { status: 503, title: 'Service Unavailable' }, { 'Retry-After': '5' }),
      OLD,
      untilAborted,
    );
    const controller = new AbortController();
    const waiting = api.GET('/api/me/preferences', { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(states.at(-1)).toMatchObject({ kind: 'unavailable', attempt: 1 });

    controller.abort(); // the page was left

    const answer = await waiting;
    expect(answer.response.status).toBe(503);
    expect(calls).toHaveLength(1);
    expect(states.at(-1)).toEqual({ kind: 'available' });
  });

  it('does not retry a 503 without Retry-After', async () => {
    const { api, calls } = setUp(() => json(503, { status: 503, title: 'Service Unavailable' }));

    const answer = await api.GET('/api/me/preferences');

    expect(answer.response.status).toBe(503);
    expect(calls).toHaveLength(1);
  });
});

describe('retryAfterSeconds', () => {
  it('reads delay-seconds and HTTP-dates', () => {
    expect(retryAfterSeconds('5', NOW)).toBe(5);
    expect(retryAfterSeconds(new Date(NOW + 7_500).toUTCString(), NOW)).toBe(7);
    expect(retryAfterSeconds(new Date(NOW - 60_000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterSeconds('soon', NOW)).toBeNull();
    expect(retryAfterSeconds(null, NOW)).toBeNull();
  });
});
