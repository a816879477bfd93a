import { characterCount, tooLong } from '../forms/CharacterCount';
import { formatBytes } from './documentFormat';
import type { DocumentKind } from './documentTypes';

/**
 * The largest file the API stores: `DOCUMENTS_MAX_FILE_SIZE`'s default (5 MB), which the OpenAPI
 * document also gives as `uploadDocument`'s `x-max-body-bytes`. The API does not say its
 * configured value at run time, so this mirrors the default (documentForm.test.ts checks it
 * against docs/openapi.json); a server set lower still refuses with 413 `payload-too-large` and
 * its `max_bytes`, which the form then shows.
 */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** `DocumentUploads.NAME_MAX`: a document's name in code points after NFC. */
export const NAME_MAX = 100;

/** What the file inputs offer (the API checks the bytes, not the name: this only filters the picker). */
export const ACCEPTED_FILES = '.pdf,.docx,.txt,.md';

/** The limits in a sentence, for the file input's hint. */
export const FILE_HINT = `PDF, Word (.docx), plain text or Markdown, at most ${formatBytes(MAX_FILE_BYTES)}.`;

/** The upload form's fields as the inputs hold them (the file itself cannot be kept in a draft). */
export interface DocumentFormValues {
  name: string;
  kind: DocumentKind | '';
}

/** The fields the forms show the API's problems on; `document_id` problems go to the alert. */
export type UploadField = 'file' | 'name' | 'kind';
export const UPLOAD_FIELDS: readonly UploadField[] = ['file', 'name', 'kind'];

export const emptyDocumentForm: DocumentFormValues = { name: '', kind: '' };

/** The chosen file as far as the form's checks go (a `File` is one). */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
}

/** The file's problem the API would answer with, found before sending: none, empty, or too large. */
export function checkFile(file: ChosenFile | null | undefined, maxBytes: number = MAX_FILE_BYTES): string | undefined {
  if (!file) return 'Choose a file.';
  if (file.size === 0) return `${file.name} is empty (0 bytes). Choose the file with your document in it.`;
  if (file.size > maxBytes) {
    // just over the limit rounds to the limit: then the exact sizes tell them apart
    const size = formatBytes(file.size) === formatBytes(maxBytes) ? `${file.size.toLocaleString('en')} bytes` : formatBytes(file.size);
    return `${file.name} is ${size}; a document may have at most ${formatBytes(maxBytes)}.`;
  }
  return undefined;
}

// Character.isISOControl, as the API checks: C0, DEL and C1
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** What the API would refuse of a new document, found before sending. */
export function checkNewDocument(values: DocumentFormValues, file: ChosenFile | null | undefined): Partial<Record<UploadField, string>> {
  const errors: Partial<Record<UploadField, string>> = {};
  const fileProblem = checkFile(file);
  if (fileProblem) errors.file = fileProblem;
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name for the document, such as "Resume 2026".';
  else if (CONTROL.test(name)) errors.name = 'Remove the control characters (such as tabs) from the name.';
  else {
    const found = tooLong('name', characterCount(name), NAME_MAX);
    if (found) errors.name = found;
  }
  if (!values.kind) errors.kind = 'Choose what the document is.';
  return errors;
}

/**
 * A name for a new document from its file's name, when the user has typed none: the name without
 * its folder and last extension ("Resume 2026.pdf" → "Resume 2026"), cut to the limit.
 */
export function nameFromFile(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const bare = (dot > 0 ? base.slice(0, dot) : base).replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  return Array.from(bare.normalize('NFC')).slice(0, NAME_MAX).join('');
}
