import { attachmentFileName, localIsoDate } from '../../api/download';
import { toFormErrors, type FormErrors } from '../../api/problems';
import { refusalOf } from '../../api/rateLimit';
import type { CsvClient, CsvImportResult } from './csvTypes';

/** What the export form shows on its fields: the applied-date range. */
export type ExportField = 'from' | 'to';
export const EXPORT_FIELDS: readonly ExportField[] = ['from', 'to'];

/** What the import form shows on its field: the file. */
export type ImportField = 'file';
export const IMPORT_FIELDS: readonly ImportField[] = ['file'];

export type Refused<F extends string> = { readonly kind: 'refused'; readonly errors: FormErrors<F> };

/** A `YYYY-MM-DD` from a date input, or an empty one. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the range before asking: each date well-formed, `from` not after `to`; empty means open. */
export function checkRange(from: string, to: string): Partial<Record<ExportField, string>> {
  const found: Partial<Record<ExportField, string>> = {};
  if (from && !ISO_DATE.test(from)) found.from = 'Enter a date such as 2026-01-31, or leave it empty.';
  if (to && !ISO_DATE.test(to)) found.to = 'Enter a date such as 2026-12-31, or leave it empty.';
  if (!found.from && !found.to && from && to && from > to) found.to = 'The end date must be on or after the start date.';
  return found;
}

/**
 * `GET /api/jobs/export.csv?from&to` (both optional, inclusive, on the applied date):
 * the file as a Blob and the name the API gives it (`Content-Disposition`).
 */
export async function exportCsv(
  client: CsvClient,
  range: { from?: string; to?: string },
): Promise<{ kind: 'file'; blob: Blob; fileName: string } | Refused<ExportField>> {
  const query = { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) };
  try {
    const answer = await client.GET('/api/jobs/export.csv', { params: { query }, parseAs: 'blob' });
    if (answer.response.ok && answer.data) {
      const fileName = attachmentFileName(answer.response.headers.get('Content-Disposition'), `careervault-jobs-${localIsoDate()}.csv`);
      return { kind: 'file', blob: answer.data as Blob, fileName };
    }
    return { kind: 'refused', errors: refusalOf(answer, EXPORT_FIELDS) };
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, EXPORT_FIELDS) }; // the network
  }
}

/**
 * `POST /api/jobs/import?dry_run=…` with the file as the multipart field `file`.
 * A dry run changes nothing and says per row what would happen. The real one
 * answers once the events are in the log: the read model (the job list) follows
 * within a moment. A 503 with `Retry-After` (the import interrupted between
 * batches) is resent by the client's middleware: every row is idempotent. A refusal of the whole file (no header, too many rows, too
 * large) comes back on the `file` field or in the alert.
 */
export async function importCsv(
  client: CsvClient,
  file: Blob,
  fileName: string,
  dryRun: boolean,
): Promise<{ kind: 'result'; result: CsvImportResult } | Refused<ImportField>> {
  const form = new FormData();
  form.append('file', file, fileName);
  try {
    const answer = await client.POST('/api/jobs/import', {
      params: { query: { dry_run: dryRun } },
      // FormData goes as it is (multipart with its boundary); the generated body type says "a file"
      body: form as never,
    });
    if (answer.data) return { kind: 'result', result: answer.data };
    return { kind: 'refused', errors: refusalOf(answer, IMPORT_FIELDS) };
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, IMPORT_FIELDS) }; // the network
  }
}

/** The counts of a result as a sentence: "2 to create, 1 to update, 0 unchanged, 1 rejected." (or "2 created, …"). */
export function countsSentence(result: CsvImportResult): string {
  const { created, updated, unchanged, rejected } = result;
  return result.dry_run
    ? `${created} to create, ${updated} to update, ${unchanged} unchanged, ${rejected} rejected.`
    : `${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected.`;
}
