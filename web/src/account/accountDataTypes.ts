/**
 * TEMPORARY (issue 15): hand-written types of `GET /api/me/export` and
 * `DELETE /api/me`, written from the shapes agreed for issue 15 while main's
 * docs/openapi.json does not have them.
 * REPLACE at merge (after `npm run generate` from the merged docs/openapi.json) with
 * exactly this, and nothing else changes (checked against the account branch's
 * docs/openapi.json; the app never reads the export's fields, it saves the file):
 *
 *   import { api } from '../api/client';
 *   export const accountDataClient = api;
 *   export type AccountDataClient = typeof accountDataClient;
 */
import type { Client } from 'openapi-fetch';
import { api } from '../api/client';
import type { components, paths } from '../api/schema';

type ProblemAnswer = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };

/** The body of `DELETE /api/me`. */
export interface DeleteAccountRequest {
  password: string;
}

interface AccountDataPaths {
  '/api/me/export': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: {
        200: { headers: { [name: string]: unknown }; content: { 'application/json': Record<string, unknown> } };
        401: ProblemAnswer;
      };
    };
    put?: never; post?: never; delete?: never; options?: never; head?: never; patch?: never; trace?: never;
  };
  '/api/me': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get?: never; put?: never; post?: never;
    delete: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': DeleteAccountRequest } };
      responses: {
        204: { headers: { [name: string]: unknown }; content?: never };
        400: ProblemAnswer;
        401: ProblemAnswer;
        403: ProblemAnswer;
      };
    };
    options?: never; head?: never; patch?: never; trace?: never;
  };
}

/** The app's API client (same middleware: token, refresh, 503 retries), typed with the account-data endpoints too. */
export const accountDataClient = api as unknown as Client<paths & AccountDataPaths>;
export type AccountDataClient = typeof accountDataClient;
