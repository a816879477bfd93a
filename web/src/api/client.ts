import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** An RFC 9457 problem details body, as every error answer of the API carries. */
export type Problem = components['schemas']['Problem'];

/**
 * The typed client of CareerVault's API (types generated from docs/openapi.json).
 * Same origin as the app: the API serves the app, and `npm run dev` proxies it.
 */
export const api = createClient<paths>({ baseUrl: '' });
