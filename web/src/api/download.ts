import { toFormErrors } from './problems';
import { refusalOf } from './rateLimit';

/**
 * Saving a file the API answered with. A plain link cannot carry the session's
 * `Authorization` header, so the app fetches the file with the API client (as a
 * Blob) and hands it to the browser through an object URL and a `download` link.
 */

/**
 * The file name of a `Content-Disposition: attachment` header (RFC 6266):
 * `filename*=UTF-8''…` (RFC 8187) first, then `filename="…"` or a bare token;
 * `fallback` when there is none. Path separators are dropped (the browser does
 * too, but the name is also shown).
 */
export function attachmentFileName(header: string | null | undefined, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  let name: string | undefined;
  if (extended?.[1]) {
    try {
      name = decodeURIComponent(extended[1].trim());
    } catch {
      name = undefined;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(header);
    name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2];
  }
  const safe = name?.replace(/[/\\]/g, '_').trim();
  return safe ? safe : fallback;
}

/** Today's date in the user's time zone as `YYYY-MM-DD` (for a fallback file name). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Hands `blob` to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the download has started from the URL by now; a minute is generous for a slow disk
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file the API answered with, or why not (a sentence to show). */
export type FileOutcome = { kind: 'file'; blob: Blob; fileName: string } | { kind: 'failed'; message: string };

/**
 * The file of an answer fetched with `parseAs: 'blob'`: named as its `Content-Disposition` says
 * (else `fallback`), typed `type` when the answer's type was lost on the way; a refusal or no
 * connection as a sentence.
 */
export async function fileOf(
  request: () => Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallback: string,
  type: string,
): Promise<FileOutcome> {
  const failed = 'The download failed. Try again.';
  try {
    const answer = await request();
    if (answer.response.ok && answer.data instanceof Blob) {
      const fileName = attachmentFileName(answer.response.headers.get('Content-Disposition'), fallback);
      const blob = answer.data;
      return { kind: 'file', blob: blob.type ? blob : new Blob([blob], { type }), fileName };
    }
    return { kind: 'failed', message: refusalOf(answer).message ?? failed };
  } catch (e) {
    return { kind: 'failed', message: toFormErrors(e).message ?? failed };
  }
}
