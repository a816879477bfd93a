/**
 * Issue 18's contact types, from the generated OpenAPI types (docs/openapi.json →
 * src/api/schema.ts). The contacts' files import them from here (they were hand-written here until
 * the document had them).
 */
import { api } from '../api/client';
import type { components } from '../api/schema';

/** The contact view (`Contact`): a person met while applying. Personal data of a third party. */
export type Contact = components['schemas']['Contact'];

/** A job's contact in the Job view (`contacts`). */
export type ContactSummary = components['schemas']['ContactSummary'];

/** `POST /api/contacts`'s body. */
export type ContactRequest = components['schemas']['CreateContactRequest'];

/** `PATCH /api/contacts/{contactId}`: a JSON Merge Patch (RFC 7396) of the request's fields (`null` removes one). */
export type ContactPatch = components['schemas']['UpdateContactRequest'];

/** `POST /api/contacts/{contactId}/contacted`'s body (RFC 3339; the API's now when left out). */
export type ContactedRequest = components['schemas']['ContactedRequest'];

/** The client for the contacts' operations: the app's `api`. */
export const contactClient = api;
export type ContactClient = typeof contactClient;
