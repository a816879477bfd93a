import { fileOf, type FileOutcome } from '../api/download';
import { toFormErrors, type FormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import { UPLOAD_FIELDS, type UploadField } from './documentForm';
import { formatBytes, mediaTypeName } from './documentFormat';
import type { DocumentClient, DocumentKind, DocumentLibrary, DocumentVersionAdded, LibraryDocument } from './documentTypes';
import { progressFetch, type UploadProgress } from './uploadProgress';

/**
 * Issue 20's document library operations for the pages. Every function answers instead of
 * throwing: a refusal or no connection is an outcome with what to show (an abort still throws).
 */
export type Failed = { readonly kind: 'failed'; readonly message: string };
export type Uploaded = { readonly kind: 'uploaded'; readonly added: DocumentVersionAdded };
export type UploadRefused = { readonly kind: 'refused'; readonly errors: FormErrors<UploadField> };

type AnyAnswer = { data?: unknown; error?: unknown; response: Response };

const PROBLEMS = 'https://careervault.dev/problems/';
const MEDIA_TYPE = /\b(?:application|text)\/[a-z0-9.+-]+/g;

function failedOf(e: unknown, fallback: string): Failed {
  if (e instanceof DOMException && e.name === 'AbortError') throw e;
  return { kind: 'failed', message: toFormErrors(e).message ?? fallback };
}

/** `GET /api/documents`: every document with its versions (newest first), and the quota. */
export async function listDocuments(client: DocumentClient, signal?: AbortSignal): Promise<{ kind: 'library'; library: DocumentLibrary } | Failed> {
  try {
    const answer = await client.GET('/api/documents', { signal });
    if (answer.data) return { kind: 'library', library: answer.data };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'Your documents could not be loaded.' };
  } catch (e) {
    return failedOf(e, 'Your documents could not be loaded.');
  }
}

/** `GET /api/documents/{id}`; `missing` on a 404 (not the caller's, or never there). */
export async function loadDocument(client: DocumentClient, id: string, signal?: AbortSignal): Promise<{ kind: 'document'; document: LibraryDocument } | { kind: 'missing' } | Failed> {
  try {
    const answer = await client.GET('/api/documents/{id}', { params: { path: { id } }, signal });
    if (answer.data) return { kind: 'document', document: answer.data };
    if (answer.response.status === 404) return { kind: 'missing' };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'The document could not be loaded.' };
  } catch (e) {
    return failedOf(e, 'The document could not be loaded.');
  }
}

/** What to upload: a new document (its name and kind) or a new version of `documentId`. */
export type Upload =
  | { readonly file: Blob; readonly fileName: string; readonly name: string; readonly kind: DocumentKind }
  | { readonly file: Blob; readonly fileName: string; readonly documentId: string };

/** `POST /api/documents`'s multipart body: `file` (with its name, which tells Markdown from text), then `name` and `kind` or `document_id`. */
export function uploadForm(upload: Upload): FormData {
  const form = new FormData();
  if ('documentId' in upload) form.append('document_id', upload.documentId);
  else {
    form.append('name', upload.name.trim());
    form.append('kind', upload.kind);
  }
  form.append('file', upload.file, upload.fileName);
  return form;
}

/**
 * `POST /api/documents`: the file as version 1 of a new document, or as the next version of one.
 * With `onProgress` (and a browser) the request goes through an XMLHttpRequest that reports the
 * bytes sent; without, through the client's fetch.
 */
export async function uploadDocument(
  client: DocumentClient,
  upload: Upload,
  onProgress?: (progress: UploadProgress) => void,
): Promise<Uploaded | UploadRefused> {
  const withProgress = onProgress && typeof XMLHttpRequest !== 'undefined' ? { fetch: progressFetch(onProgress) } : {};
  try {
    const answer = await client.POST('/api/documents', {
      // FormData goes as it is (multipart with its boundary); the generated body type says "an object"
      body: uploadForm(upload) as never,
      ...withProgress,
    });
    if (answer.data) return { kind: 'uploaded', added: answer.data };
    return { kind: 'refused', errors: uploadRefusal(answer) };
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, UPLOAD_FIELDS) }; // the network
  }
}

/**
 * What an upload form shows of a refusal. The whole file's problems (too large, over the quota,
 * a type the API does not take, a name that contradicts the content) go to the form's alert as a
 * sentence, with the limit in human units: they are about the file picked, not about something
 * typed. A 404 is about the document (deleted meanwhile). Field problems (400) go on their fields.
 */
export function uploadRefusal(answer: AnyAnswer): FormErrors<UploadField> {
  const problem = (answer.error !== null && typeof answer.error === 'object' ? answer.error : {}) as {
    type?: unknown; detail?: unknown; max_bytes?: unknown;
  };
  const type = typeof problem.type === 'string' && problem.type.startsWith(PROBLEMS) ? problem.type.slice(PROBLEMS.length) : null;
  const maxBytes = typeof problem.max_bytes === 'number' ? problem.max_bytes : null;
  const detail = typeof problem.detail === 'string' && problem.detail.trim() ? problem.detail.trim() : null;
  const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
  switch (type) {
    case 'payload-too-large':
      return { fieldErrors: {}, message: maxBytes !== null ? `The file is too large: a document may have at most ${formatBytes(maxBytes)}.` : sentence(detail ?? 'The file is too large') };
    case 'document-quota-exceeded':
      return {
        fieldErrors: {},
        message: `The file does not fit in what is left of your document storage${maxBytes !== null ? ` (${formatBytes(maxBytes)} in all)` : ''}.`,
      };
    case 'unsupported-document-type':
      return { fieldErrors: {}, message: 'The file is not a PDF, Word (.docx), plain text or Markdown file (its content was checked, not its name). Choose another file.' };
    case 'document-type-mismatch':
      // the detail names the content's media type ("is application/pdf but its name ends with .docx"): named as the library names it
      return {
        fieldErrors: {},
        message: sentence(detail?.replace(MEDIA_TYPE, (type) => mediaTypeName(type)) ?? "The file's content does not match its name's extension: rename it or choose the intended file"),
      };
    default:
      break;
  }
  if (answer.response.status === 404) return { fieldErrors: {}, message: 'This document is no longer in your library. Reload the page.' };
  return refusalOf(answer, UPLOAD_FIELDS);
}

/** `GET /api/documents/{id}/versions/{n}/content`: the version's bytes as uploaded, named as the API says. */
export function downloadVersion(client: DocumentClient, id: string, version: number, fallbackName: string): Promise<FileOutcome> {
  return fileOf(
    () => client.GET('/api/documents/{id}/versions/{n}/content', { params: { path: { id, n: version } }, parseAs: 'blob' }),
    fallbackName,
    'application/octet-stream',
  );
}
