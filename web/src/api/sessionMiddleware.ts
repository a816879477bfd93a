import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';
import { jwtExpiresAt } from '../auth/jwt';
import type { TokenStore } from '../auth/tokens';
import type { ServiceStatus } from './serviceStatus';

/**
 * Operations that take no access token (their OpenAPI `security` is empty). The
 * emailed links' operations are among them: their token names the user, and a
 * tab signed in as someone else must not send its own.
 */
const PUBLIC_PATHS: ReadonlySet<string> = new Set([
  '/auth/login',
  '/auth/signup',
  '/auth/refresh',
  '/auth/logout',
  '/auth/verify-email',
  '/auth/forgot-password',
  '/auth/reset-password',
  '/unsubscribe',
]);

export interface SessionOptions {
  readonly baseUrl: string;
  /** The fetch of the client, also used for `POST /auth/refresh`. */
  readonly fetch: typeof globalThis.fetch;
  readonly tokens: TokenStore;
  readonly serviceStatus: ServiceStatus;
  /** Refresh when the access token has fewer seconds than this left (default 60). */
  readonly refreshMarginSeconds?: number;
  /** Retries of one request answered 503 with `Retry-After` (default 5). */
  readonly maxServiceRetries?: number;
  /** The longest wait for one retry, seconds (default 30), whatever `Retry-After` says. */
  readonly maxRetryAfterSeconds?: number;
  /** Called once the refresh token is refused and the tokens are cleared. */
  readonly onSessionExpired?: () => void;
  /** The clock, epoch milliseconds (tests set their own). */
  readonly now?: () => number;
  /** Waits `ms` or until `signal` aborts (tests skip the wait). */
  readonly sleep?: (ms: number, signal: AbortSignal | null) => Promise<void>;
}

type RefreshOutcome =
  | { readonly kind: 'refreshed'; readonly accessToken: string }
  | { readonly kind: 'refused' }
  | { readonly kind: 'unavailable' };

/** What the middleware keeps of a request between `onRequest` and `onResponse`. */
interface Sent {
  /** The body's bytes, kept so that every retry resends exactly them. */
  readonly body: ArrayBuffer | null;
  /** The access token sent, or null for a public operation or while signed out. */
  readonly token: string | null;
}

/**
 * The API client's session middleware (openapi-fetch):
 * - adds `Authorization: Bearer <access token>` to every protected operation;
 * - refreshes the access token (`POST /auth/refresh`) when it has less than the
 *   margin left, and once when the API answers 401, then resends the request once;
 *   concurrent requests share one refresh;
 * - when the refresh token is refused, clears the tokens and calls `onSessionExpired`;
 * - on `503` with `Retry-After` (the event log or DynamoDB down), publishes the wait
 *   in `serviceStatus` and resends the same request (same body, same headers, so the
 *   same `Idempotency-Key`) after the wait, up to `maxServiceRetries` times.
 * The caller gets the last answer, as if it had been the first.
 */
export function createSessionMiddleware(options: SessionOptions): Middleware {
  const {
    tokens,
    serviceStatus,
    refreshMarginSeconds = 60,
    maxServiceRetries = 5,
    maxRetryAfterSeconds = 30,
    onSessionExpired,
    now = Date.now,
    sleep = abortableSleep,
  } = options;
  const refreshClient = createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch });
  const sent = new Map<string, Sent>();
  let refreshing: Promise<RefreshOutcome> | null = null;

  /** One refresh at a time: a caller arriving while one is under way gets its outcome. */
  function refresh(): Promise<RefreshOutcome> {
    refreshing ??= refreshOnce().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function refreshOnce(): Promise<RefreshOutcome> {
    const refreshToken = tokens.get()?.refreshToken;
    if (!refreshToken) return expire();
    let answer;
    try {
      answer = await refreshClient.POST('/auth/refresh', { body: { refresh_token: refreshToken } });
    } catch {
      return { kind: 'unavailable' }; // the network: the refresh token may still be good
    }
    if (answer.data) {
      tokens.save(answer.data);
      return { kind: 'refreshed', accessToken: answer.data.access_token };
    }
    const status = answer.response.status;
    return status === 400 || status === 401 || status === 403 ? expire() : { kind: 'unavailable' };
  }

  function expire(): RefreshOutcome {
    if (tokens.get()) {
      tokens.clear('expired');
      onSessionExpired?.();
    }
    return { kind: 'refused' };
  }

  /** The access token to send: refreshed first when it expires within the margin. */
  async function currentAccessToken(): Promise<string | null> {
    const token = tokens.accessToken();
    if (!token) return null;
    const expiresAt = jwtExpiresAt(token);
    if (expiresAt === null || expiresAt - refreshMarginSeconds * 1000 > now()) return token;
    const outcome = await refresh();
    if (outcome.kind === 'refreshed') return outcome.accessToken;
    // refused: signed out now; unavailable: let the API judge the old token
    return outcome.kind === 'refused' ? null : token;
  }

  function withToken(template: Request, body: ArrayBuffer | null, token: string | null): Request {
    const headers = new Headers(template.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    else headers.delete('Authorization');
    return new Request(template, { headers, ...(body ? { body } : {}) });
  }

  return {
    async onRequest({ request, schemaPath, id }) {
      const body = request.body ? await request.clone().arrayBuffer() : null;
      const token = PUBLIC_PATHS.has(schemaPath) ? null : await currentAccessToken();
      sent.set(id, { body, token });
      return withToken(request, body, token);
    },

    async onResponse({ request, response, options: merged, id }) {
      const first = sent.get(id);
      sent.delete(id);
      if (!first) return undefined;
      const send = merged.fetch;
      let answer = response;
      let token = first.token;
      let refreshedOnce = false;
      let retries = 0;
      try {
        for (;;) {
          if (answer.status === 401 && token !== null && !refreshedOnce) {
            refreshedOnce = true;
            // a request sent before another one's refresh finished only needs the new token
            const latest = tokens.accessToken();
            let next: string | null = latest !== token ? latest : null;
            if (next === null) {
              const outcome = await refresh();
              if (outcome.kind !== 'refreshed') return answer;
              next = outcome.accessToken;
            }
            token = next;
            await answer.body?.cancel();
            answer = await send(withToken(request, first.body, token));
            continue;
          }
          const waitSeconds = answer.status === 503 ? retryAfterSeconds(answer.headers.get('Retry-After'), now()) : null;
          if (waitSeconds !== null && retries < maxServiceRetries && !request.signal.aborted) {
            retries += 1;
            const waitMs = Math.min(Math.max(waitSeconds, 1), maxRetryAfterSeconds) * 1000;
            serviceStatus.waitingFor(id, now() + waitMs, retries, maxServiceRetries, await problemDetail(answer));
            await sleep(waitMs, request.signal);
            if (request.signal.aborted) return answer;
            if (token !== null) token = (await currentAccessToken()) ?? token;
            answer = await send(withToken(request, first.body, token));
            continue;
          }
          return answer === response ? undefined : answer;
        }
      } finally {
        serviceStatus.done(id);
      }
    },

    onError({ id }) {
      sent.delete(id);
      serviceStatus.done(id);
    },
  };
}

/**
 * `Retry-After` in seconds from `now`: delay-seconds or an HTTP-date (RFC 9110
 * section 10.2.3); null when absent or unreadable.
 */
export function retryAfterSeconds(header: string | null, now: number): number | null {
  if (header === null) return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

/** The problem's `detail`, read from a copy so the caller can still read the answer. */
async function problemDetail(answer: Response): Promise<string | null> {
  try {
    const body: unknown = await answer.clone().json();
    const detail = (body as { detail?: unknown } | null)?.detail;
    return typeof detail === 'string' ? detail : null;
  } catch {
    return null;
  }
}

function abortableSleep(ms: number, signal: AbortSignal | null): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });
}
