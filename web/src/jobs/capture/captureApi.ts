import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { refusal, problemOf } from '../jobsApi';
import { emptyForm, type JobFormValues } from '../formValues';

/** `POST /api/jobs/capture`'s answer: each field the page gives, with where it was read. */
export type JobDraft = components['schemas']['JobDraft'];
export type DraftField = components['schemas']['DraftField'];
/** One of the caller's jobs a new or captured job may repeat. */
export type PossibleDuplicate = components['schemas']['PossibleDuplicate'];
/** The caller's earlier applications to a job's company (`GET /api/jobs/{jobId}`). */
export type CompanyHistory = components['schemas']['CompanyHistory'];

export type CaptureClient = typeof api;

/** What the bookmarklet (README) posts to `/capture` with `window.postMessage`. */
export const CAPTURE_MESSAGE = 'careervault-capture';
/** What `/capture` posts back to its opener once it listens. */
export const READY_MESSAGE = 'careervault-capture-ready';

export type CaptureOutcome = { ok: true; draft: JobDraft } | { ok: false; message: string };

/**
 * Sends a posting page's HTML (and where it was, if known) to be read; nothing is recorded. The server never
 * fetches the page: the HTML is all it sees.
 */
export async function captureJob(html: string, url?: string, client: CaptureClient = api): Promise<CaptureOutcome> {
  try {
    const body = url?.trim() ? { html, url: url.trim() } : { html };
    const { data, error, response } = await client.POST('/api/jobs/capture', { body });
    if (data) return { ok: true, draft: data };
    if (response.status === 413) return { ok: false, message: 'This page is too large to read. Copy only the posting part of the page, or use the bookmarklet on the posting itself.' };
    return { ok: false, message: refusal(response.status, problemOf(error, response)) };
  } catch {
    return { ok: false, message: refusal(0) };
  }
}

/** Where a value was read, for people. */
export function sourceLabel(source: DraftField['source']): string {
  switch (source) {
    case 'json-ld': return 'structured data (JSON-LD)';
    case 'microdata': return 'structured data (microdata)';
    case 'meta': return "the page's link";
    case 'request': return 'the page address';
    default: return source;
  }
}

/** The draft's rows in form order, the fields it has only. */
export function draftRows(draft: JobDraft): { label: string; field: DraftField }[] {
  const rows: [string, DraftField | undefined][] = [
    ['Company', draft.company], ['Position', draft.position], ['Location', draft.location],
    ['Salary range', draft.salary_range], ['Employment type', draft.employment_type],
    ['Posted on', draft.date_posted], ['Apply by', draft.valid_through], ['Job posting URL', draft.url],
    ['Job description', draft.job_description],
  ];
  return rows.filter((row): row is [string, DraftField] => row[1] !== undefined).map(([label, field]) => ({ label, field }));
}

/**
 * The job form filled from a draft: the job's own fields as they are, and what has no job field (employment
 * type, dates of the posting) as lines of the notes.
 */
export function formFromDraft(draft: JobDraft): JobFormValues {
  const notes = [
    draft.employment_type && `Employment type: ${draft.employment_type.value}`,
    draft.date_posted && `Posted on ${draft.date_posted.value}`,
    draft.valid_through && `Apply by ${draft.valid_through.value}`,
  ].filter(Boolean).join('\n');
  return {
    ...emptyForm,
    company: draft.company?.value ?? '',
    position: draft.position?.value ?? '',
    location: draft.location?.value ?? '',
    salary_range: draft.salary_range?.value ?? '',
    url: draft.url?.value ?? '',
    job_description: draft.job_description?.value ?? '',
    notes,
  };
}

/** "Acme — Backend Engineer (Interviewing, applied 2026-10-01)": one possible duplicate, for a warning. */
export function duplicateLine(duplicate: PossibleDuplicate): string {
  const applied = duplicate.applied_date ? `, applied ${duplicate.applied_date}` : '';
  const why = duplicate.matched_by.includes('url') ? 'same posting' : 'same company and position';
  return `${duplicate.company} — ${duplicate.position} (${duplicate.status}${applied}; ${why})`;
}

/** The warning after a create or a capture; undefined when there is nothing to warn of. */
export function duplicateWarning(duplicates: readonly PossibleDuplicate[] | undefined): string | undefined {
  const first = duplicates?.[0];
  if (!first) return undefined;
  const more = duplicates.length > 1 ? ` and ${duplicates.length - 1} more` : '';
  return `You may have this job already: ${duplicateLine(first)}${more}.`;
}

/** "Applied to this company 2 times before; last outcome: Rejected (2026-03-02)."; undefined for none. */
export function companyHistoryLine(history: CompanyHistory | undefined): string | undefined {
  if (!history || history.earlier_applications === 0) return undefined;
  const times = history.earlier_applications === 1 ? 'once' : `${history.earlier_applications} times`;
  const last = history.last_status ? `; last outcome: ${history.last_status}${history.last_date ? ` (${history.last_date})` : ''}` : '';
  return `Applied to this company ${times} before${last}.`;
}
