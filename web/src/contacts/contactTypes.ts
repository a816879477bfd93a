/**
 * TEMPORARY (issue 18): hand-written types of the contacts' API, written from the shapes agreed
 * for issue 18 (spec18: "API JSON") while docs/openapi.json does not have them yet. Every part of
 * the app that uses them imports them from here, so the switch is this one file.
 * REPLACE at merge, once `npm run generate` has them in src/api/schema.ts:
 *   - `Contact`, `ContactRequest`, `ContactSummary`, `ContactedRequest` →
 *     `components['schemas'][<their generated names>]`; `ContactPatch` → the PATCH body's schema;
 *   - `contactClient` → the app's `api` (from '../api/client'), and delete `ContactPaths`.
 */
import type { Client } from 'openapi-fetch';
import { api } from '../api/client';
import type { components, paths } from '../api/schema';

/** The contact view (`Contact`): a person met while applying. Personal data of a third party. */
export interface Contact {
  contact_id: string;
  name: string;
  role?: string | null;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  profile_url?: string | null;
  notes?: string | null;
  job_ids: string[];
  /** RFC 3339: the latest "contacted" action or held interview with them. */
  last_contacted_at?: string | null;
  created_at: string;
  updated_at?: string | null;
}

/** A job's contact in the Job view (`contacts`). */
export interface ContactSummary {
  contact_id: string;
  name: string;
  role?: string | null;
  company?: string | null;
}

/** `POST /api/contacts`'s body. */
export interface ContactRequest {
  name: string;
  role?: string;
  company?: string;
  email?: string;
  phone?: string;
  profile_url?: string;
  notes?: string;
  job_ids?: string[];
}

/** `PATCH /api/contacts/{contactId}`: a JSON Merge Patch (RFC 7396) of the request's fields (`null` removes one). */
export interface ContactPatch {
  name?: string;
  role?: string | null;
  company?: string | null;
  email?: string | null;
  phone?: string | null;
  profile_url?: string | null;
  notes?: string | null;
  job_ids?: string[] | null;
}

/** `POST /api/contacts/{contactId}/contacted`'s body (RFC 3339; the API's now when left out). */
export interface ContactedRequest {
  contacted_at?: string;
}

type Answer<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type ProblemAnswer = { headers: { [name: string]: unknown }; content: { 'application/problem+json': components['schemas']['Problem'] } };
type Refusals = { 400: ProblemAnswer; 401: ProblemAnswer; 404: ProblemAnswer; 409: ProblemAnswer; 422: ProblemAnswer; 429: ProblemAnswer; 503: ProblemAnswer };
type Empty = { headers: { [name: string]: unknown }; content?: never };
type Unused = { get?: never; post?: never; put?: never; patch?: never; delete?: never; options?: never; head?: never; trace?: never };
type Wait = { Prefer?: string; 'Idempotency-Key'?: string };
type ContactPath = { contactId: string };
type VCard = { 200: { headers: { [name: string]: unknown }; content: { 'text/vcard': string } } } & Refusals;

export interface ContactPaths {
  '/api/contacts': Omit<Unused, 'get' | 'post'> & {
    parameters: { path?: never };
    get: {
      parameters: { query?: { q?: string }; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: Answer<{ items: Contact[] }> } & Refusals;
    };
    post: {
      parameters: { query?: never; header?: Wait; path?: never; cookie?: never };
      requestBody: { content: { 'application/json': ContactRequest } };
      responses: { 201: Answer<Contact>; 202: Answer<Contact> } & Refusals;
    };
  };
  '/api/contacts/{contactId}': Omit<Unused, 'get' | 'patch' | 'delete'> & {
    parameters: { path: ContactPath };
    get: { parameters: { header?: never; path: ContactPath }; requestBody?: never; responses: { 200: Answer<Contact> } & Refusals };
    patch: {
      parameters: { header?: Wait; path: ContactPath };
      requestBody: { content: { 'application/merge-patch+json': ContactPatch; 'application/json': ContactPatch } };
      responses: { 200: Answer<Contact>; 202: Answer<Contact> } & Refusals;
    };
    delete: { parameters: { header?: Wait; path: ContactPath }; requestBody?: never; responses: { 202: Empty; 204: Empty } & Refusals };
  };
  '/api/contacts/{contactId}/contacted': Omit<Unused, 'post'> & {
    parameters: { path: ContactPath };
    post: {
      parameters: { header?: Wait; path: ContactPath };
      requestBody: { content: { 'application/json': ContactedRequest } };
      responses: { 200: Answer<Contact>; 202: Answer<Contact>; 204: Empty } & Refusals;
    };
  };
  '/api/contacts/{contactId}.vcf': Omit<Unused, 'get'> & {
    parameters: { path: ContactPath };
    get: { parameters: { header?: never; path: ContactPath }; requestBody?: never; responses: VCard };
  };
  '/api/contacts.vcf': Omit<Unused, 'get'> & {
    parameters: { path?: never };
    get: { parameters: { header?: never; path?: never }; requestBody?: never; responses: VCard };
  };
}

/** The app's API client (same middleware: token, refresh, 503 retries), typed with the contacts' endpoints too. */
export const contactClient = api as unknown as Client<paths & ContactPaths>;
export type ContactClient = typeof contactClient;
