import { fileOf, type FileOutcome } from '../../api/download';
import { toFormErrors } from '../../api/problems';
import { refusalOf } from '../../api/rateLimit';
import { downloadVersion, listDocuments, type Failed } from '../../documents/documentsApi';
import { WAIT } from '../jobsApi';
import { referencesOf } from './sentSummary';
import type { Job } from '../statuses';
import type { LibraryDocument, Picks, PinnedDocument, SentDocumentsClient, VersionReference } from './sentDocumentsTypes';

/**
 * The documents sent with an application (issue 20): the library to choose from, the pins of a job, and
 * the files. Every function answers instead of throwing (an abort aside).
 */
export type { Failed };

/** Pinned: the job when the read model had it in time (`Prefer: wait`), else only recorded (202). */
export type Pinned = { readonly kind: 'pinned'; readonly job?: Job };

/**
 * Refused: each problem about one of the versions sent (`documents[i].version`, `documents[i].document_id`)
 * on that document's id, and the rest as sentences (the whole body, a missing job, a rate limit, no connection).
 */
export type PinRefused = { readonly kind: 'refused'; readonly byDocument: Readonly<Record<string, string>>; readonly messages: readonly string[] };

type AnyAnswer = { data?: unknown; error?: unknown; response: Response };

function aborted(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

/** `GET /api/documents` (the library page's call): the caller's documents, each with its versions newest first. */
export async function loadLibrary(client: SentDocumentsClient, signal?: AbortSignal): Promise<{ kind: 'library'; documents: LibraryDocument[] } | Failed> {
  const outcome = await listDocuments(client, signal);
  return outcome.kind === 'library' ? { kind: 'library', documents: outcome.library.documents } : outcome;
}

const ITEM = /^documents\[(\d+)\](?:\.(document_id|version))?$/;

/**
 * A refused pin as the picker shows it: a field problem `documents[i]…` on the document `sent[i]` is
 * about (several joined), anything else a sentence; a 404 says the job is gone.
 */
export function pinRefusal(answer: AnyAnswer, sent: readonly VersionReference[]): PinRefused {
  if (answer.response.status === 404) return { kind: 'refused', byDocument: {}, messages: ['This job no longer exists.'] };
  const errors = refusalOf(answer);
  const byDocument: Record<string, string> = {};
  const messages: string[] = [];
  for (const [field, message] of Object.entries(errors.fieldErrors)) {
    if (!message) continue;
    const index = ITEM.exec(field)?.[1];
    const documentId = index === undefined ? undefined : sent[Number(index)]?.document_id;
    if (documentId) byDocument[documentId] = byDocument[documentId] ? `${byDocument[documentId]}; ${message}` : message;
    else messages.push(field === 'body' ? message : `${field}: ${message}`);
  }
  if (errors.message) messages.unshift(errors.message);
  return { kind: 'refused', byDocument, messages };
}

/**
 * `PUT /api/jobs/{jobId}/documents` with `Prefer: wait=5`: `references` become the job's whole set
 * (`[]` unpins every document).
 */
export async function pinDocuments(client: SentDocumentsClient, jobId: string, references: readonly VersionReference[]): Promise<Pinned | PinRefused> {
  try {
    const answer = await client.PUT('/api/jobs/{jobId}/documents', {
      params: { path: { jobId }, header: { Prefer: WAIT } },
      body: { documents: [...references] },
    });
    if (answer.response.ok) return { kind: 'pinned', job: answer.response.status === 200 ? (answer.data as Job) : undefined };
    return pinRefusal(answer, references);
  } catch (e) {
    if (aborted(e)) throw e;
    return { kind: 'refused', byDocument: {}, messages: [toFormErrors(e).message ?? 'The documents were not saved. Try again.'] };
  }
}

/** A pinned version's bytes, as the library page downloads a version. */
export function downloadPinned(client: SentDocumentsClient, pinned: PinnedDocument): Promise<FileOutcome> {
  return downloadVersion(client, pinned.document_id, pinned.version, pinned.file_name ?? `document-v${pinned.version}`);
}

/** `GET /api/jobs/{jobId}/posting-as-applied`: the posting's text as frozen when the job entered Applied. */
export function downloadPostingAsApplied(client: SentDocumentsClient, jobId: string): Promise<FileOutcome> {
  return fileOf(
    () => client.GET('/api/jobs/{jobId}/posting-as-applied', { params: { path: { jobId } }, parseAs: 'blob' }),
    'posting-as-applied.txt',
    'text/plain;charset=UTF-8',
  );
}

/** The sentences of a refused pin, each document's problem under its name (`names`: document id → name). */
export function refusalLines(refused: Pick<PinRefused, 'byDocument' | 'messages'>, names: ReadonlyMap<string, string>): string[] {
  return [...refused.messages, ...Object.entries(refused.byDocument).map(([id, message]) => `${names.get(id) ?? id}: ${message}`)];
}

/**
 * Picks the job form chose but could not attach (the job was saved, the pin refused): the job page's
 * section opens its picker with them and says why, so nothing chosen is lost.
 */
export interface UnsavedPicks {
  /** The job they were for. */
  readonly jobId: string;
  readonly picks: Picks;
  /** The API's problems by document id, for the picker's selects. */
  readonly byDocument: Readonly<Record<string, string>>;
  /** The refusal as sentences (`refusalLines`). */
  readonly lines: readonly string[];
}

/**
 * Attaches `picks` to a job the form has just saved: null when done, else what to offer again.
 * `order` is the picker's order of document ids, `names` their names.
 */
export async function attachDocuments(
  client: SentDocumentsClient,
  jobId: string,
  picks: Picks,
  order: readonly string[],
  names: ReadonlyMap<string, string>,
): Promise<UnsavedPicks | null> {
  const references = referencesOf(picks, order);
  const outcome = await pinDocuments(client, jobId, references);
  if (outcome.kind === 'pinned') return null;
  return { jobId, picks, byDocument: outcome.byDocument, lines: refusalLines(outcome, names) };
}
