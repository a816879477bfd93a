import type { Job } from '../statuses';
import type { DocumentKind, LibraryDocument, LibraryVersion, Picks, PinnedDocument, PostingAsApplied, VersionReference } from './sentDocumentsTypes';

/** What a document is called when the job view has no name for it (a pin the library no longer names). */
export const KIND_LABELS: Record<DocumentKind, string> = { resume: 'Resume', cover_letter: 'Cover letter', other: 'Document' };

/** A pinned version's document name: the library's, else its kind ("Resume"). */
export function documentName(document: { name?: string; kind: DocumentKind }): string {
  return document.name?.trim() || KIND_LABELS[document.kind];
}

/** Writes an RFC 3339 instant as a short day and month ("12 Nov", "Nov 12"), with the year when it is not this year's. */
export type DayMonth = (instant: string) => string;

/**
 * A short day and month in `locale` (the browser's by default) and `timeZone` (the browser's by default):
 * "12 Nov" in en-GB, "Nov 12" in en-US; "12 Nov 2025" when the year is not `now`'s.
 */
export function dayMonthIn(locale?: string, timeZone?: string, now: Date = new Date()): DayMonth {
  const short = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone });
  const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone });
  const thisYear = year.format(now);
  return (instant) => {
    const date = new Date(instant);
    if (Number.isNaN(date.getTime())) return instant;
    return year.format(date) === thisYear ? short.format(date) : long.format(date);
  };
}

/**
 * Whether the job's application went out: it has a posting frozen on entering Applied, or a status past
 * Wishlist (a job created straight as Interviewing has no frozen posting). Its pins are then the documents
 * sent, else the documents to send.
 */
export function isApplied(job: Pick<Job, 'status' | 'posting_as_applied'>): boolean {
  return job.posting_as_applied !== undefined || job.status !== 'Wishlist';
}

/** "Resume v3 (12 Nov)": a pinned version with the day it was pinned. */
export function pinnedLabel(document: PinnedDocument, dayMonth: DayMonth): string {
  return `${documentName(document)} v${document.version} (${dayMonth(document.pinned_at)})`;
}

/**
 * The one-line summary of what went with an application:
 * "Sent: Resume v3 (12 Nov), Cover letter v1 (12 Nov); posting as of 12 Nov". Before applying the documents
 * are those to send ("To send: …"); without documents it says so ("No documents recorded as sent; posting as
 * of 12 Nov").
 */
export function sentSummary(
  { documents, posting, applied }: { documents?: readonly PinnedDocument[]; posting?: PostingAsApplied; applied: boolean },
  dayMonth: DayMonth,
): string {
  const items = (documents ?? []).map((d) => pinnedLabel(d, dayMonth)).join(', ');
  const postingPart = posting ? `posting as of ${dayMonth(posting.frozen_at)}` : undefined;
  const head = items
    ? `${applied ? 'Sent' : 'To send'}: ${items}`
    : applied ? 'No documents recorded as sent' : 'No documents chosen to send yet';
  return postingPart ? `${head}; ${postingPart}` : head;
}

/** A size as people read it: "812 bytes", "48 KB", "1.2 MB" (1 KB = 1024 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** A version in the picker: "v2 — Resume 2026.pdf, 12 Nov". */
export function versionLabel(version: LibraryVersion, dayMonth: DayMonth): string {
  return `v${version.version} — ${version.file_name}, ${dayMonth(version.created_at)}`;
}

/** The job's pins as picks (document id → version). */
export function picksOf(pinned: readonly PinnedDocument[] | undefined): Picks {
  return Object.fromEntries((pinned ?? []).map((p) => [p.document_id, p.version]));
}

/** Whether two sets of picks choose the same versions. */
export function samePicks(a: Picks, b: Picks): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

const KIND_ORDER: readonly DocumentKind[] = ['resume', 'cover_letter', 'other'];

/** The library as the picker lists it: resumes, then cover letters, then the rest, each by name. */
export function pickerOrder(library: readonly LibraryDocument[]): LibraryDocument[] {
  return [...library].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name) || a.document_id.localeCompare(b.document_id),
  );
}

/**
 * The body's `documents` for `picks`: in the picker's order (`order`, document ids), then any pick the
 * library did not list (kept, so that saving never drops a pin silently; the API names it if it is gone).
 */
export function referencesOf(picks: Picks, order: readonly string[]): VersionReference[] {
  const listed = order.filter((id) => picks[id] !== undefined);
  const others = Object.keys(picks).filter((id) => !order.includes(id));
  return [...listed, ...others].flatMap((document_id) => {
    const version = picks[document_id];
    return version === undefined ? [] : [{ document_id, version }];
  });
}
