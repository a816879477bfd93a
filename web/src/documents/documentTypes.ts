/**
 * Issue 20's document library types, from the generated OpenAPI types (docs/openapi.json →
 * src/api/schema.ts). The documents' files import them from here.
 */
import { api } from '../api/client';
import type { components } from '../api/schema';

/** `GET /api/documents`: every document with its versions, and the quota (`used_bytes`, `max_bytes`). */
export type DocumentLibrary = components['schemas']['DocumentLibrary'];

/** A document (`Document`): name, kind, and its versions, newest first. */
export type LibraryDocument = components['schemas']['Document'];

/** One version (`DocumentVersion`): the bytes as uploaded, never changed. */
export type DocumentVersion = components['schemas']['DocumentVersion'];

/** `POST /api/documents`'s 201: the new version and its document as it is now. */
export type DocumentVersionAdded = components['schemas']['DocumentVersionAdded'];

/** `resume`, `cover_letter` or `other`. */
export type DocumentKind = LibraryDocument['kind'];
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['resume', 'cover_letter', 'other'];

/** The types the API accepts (checked from the bytes). */
export type DocumentMediaType = DocumentVersion['media_type'];

/** The client for the documents' operations: the app's `api`. */
export const documentClient = api;
export type DocumentClient = typeof documentClient;
