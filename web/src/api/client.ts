import createClient from 'openapi-fetch';
import type { components, paths } from './schema';
import { tabStorage } from '../auth/tabStorage';
import { TokenStore } from '../auth/tokens';
import { ServiceStatus } from './serviceStatus';
import { createSessionMiddleware, type SessionOptions } from './sessionMiddleware';

/** An RFC 9457 problem details body, as every error answer of the API carries. */
export type Problem = components['schemas']['Problem'];

export interface ApiClientOptions extends Partial<Omit<SessionOptions, 'tokens' | 'serviceStatus'>> {
  readonly tokens: TokenStore;
  readonly serviceStatus: ServiceStatus;
}

/** A typed client of the API with the session middleware (tokens, refresh, 503 retries). */
export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl ?? '';
  // looked up at call time, so a test's (or a polyfill's) fetch is the one used
  const fetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const client = createClient<paths>({ baseUrl, fetch });
  client.use(createSessionMiddleware({ ...options, baseUrl, fetch }));
  return client;
}

/** The tab's session tokens (sessionStorage; see docs/web.md for why). */
export const tokens = new TokenStore(tabStorage());

/** Whether the API is answering; the shell's banner follows it. */
export const serviceStatus = new ServiceStatus();

/**
 * The typed client of CareerVault's API (types generated from docs/openapi.json).
 * Same origin as the app: the API serves the app, and `npm run dev` proxies it.
 * It sends the access token, refreshes it in time and on a 401, and retries a
 * 503 with `Retry-After`; a refused refresh token signs the tab out (the route
 * guard then sends the user to the login page, coming back afterwards).
 */
export const api = createApiClient({ tokens, serviceStatus });
