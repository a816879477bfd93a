/**
 * The types of the documents sent with an application (issue 20), from the generated OpenAPI types
 * (docs/openapi.json → src/api/schema.ts). The library's own page has its own module; these are only what
 * the job page and the job form need of it.
 */
import { api } from '../../api/client';
import type { components } from '../../api/schema';

/** A library version pinned to a job (the Job view's `documents`; names and upload time only in `GET /api/jobs/{jobId}`). */
export type PinnedDocument = components['schemas']['PinnedDocument'];

/** The posting as it was when the job entered Applied (the Job view's `posting_as_applied`). */
export type PostingAsApplied = components['schemas']['PostingAsApplied'];

/** A library document with its versions, newest first (`GET /api/documents`). */
export type LibraryDocument = components['schemas']['Document'];

/** One version of a library document. */
export type LibraryVersion = components['schemas']['DocumentVersion'];

/** One element of `PUT /api/jobs/{jobId}/documents`'s `documents`. */
export type VersionReference = components['schemas']['DocumentVersionReference'];

export type DocumentKind = LibraryDocument['kind'];

/** The chosen version of each document, by document id; a document left out is not sent. */
export type Picks = Readonly<Record<string, number>>;

/** The client for these operations: the app's `api` (tests pass their own). */
export const sentDocumentsClient = api;
export type SentDocumentsClient = typeof sentDocumentsClient;
