import { dateTime } from '../jobs/dates';
import type { DocumentKind, DocumentMediaType, DocumentVersion, LibraryDocument } from './documentTypes';

/** How the library names each kind, as a group's heading and in a sentence. */
export const KIND_NAMES: Record<DocumentKind, { readonly group: string; readonly one: string }> = {
  resume: { group: 'Resumes', one: 'Resume' },
  cover_letter: { group: 'Cover letters', one: 'Cover letter' },
  other: { group: 'Other documents', one: 'Other' },
};

const MEDIA_TYPE_NAMES: Record<DocumentMediaType, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (DOCX)',
  'text/plain': 'Plain text',
  'text/markdown': 'Markdown',
};

/** "PDF", "Word (DOCX)", "Plain text", "Markdown"; another type as it is. */
export function mediaTypeName(mediaType: string): string {
  return MEDIA_TYPE_NAMES[mediaType as DocumentMediaType] ?? mediaType;
}

const oneDecimal = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/**
 * A size as people read it, in binary units as the API's limits are (5 MB is 5 × 1024 × 1024
 * bytes): "1 byte", "812 bytes", "1.5 KB", "4.8 MB", "1.2 GB".
 */
export function formatBytes(bytes: number): string {
  if (bytes === 1) return '1 byte';
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${oneDecimal.format(value)} ${units[unit]}`;
}

/** "v2": how the library names a version. */
export function versionLabel(version: number): string {
  return `v${version}`;
}

/** When a version was uploaded, written like the rest of the app's instants. */
export function uploadedAt(version: DocumentVersion): string {
  return dateTime.format(new Date(version.created_at));
}

/** The library's documents by kind (resumes, cover letters, other), each group in the API's order. */
export function groupByKind(documents: readonly LibraryDocument[]): { kind: DocumentKind; title: string; documents: LibraryDocument[] }[] {
  return (Object.keys(KIND_NAMES) as DocumentKind[]).map((kind) => ({
    kind,
    title: KIND_NAMES[kind].group,
    documents: documents.filter((d) => d.kind === kind),
  }));
}

/** One version to pick (such as the version sent with an application), with a label that tells it apart. */
export interface VersionChoice {
  readonly documentId: string;
  readonly version: number;
  readonly kind: DocumentKind;
  readonly latest: boolean;
  /** "Resume 2026 — v2 (latest) · resume.pdf · 48 KB". */
  readonly label: string;
}

/**
 * Every version of every document as choices for a picker: documents in the library's order
 * (most recently updated first), each one's versions newest first.
 */
export function versionChoices(documents: readonly LibraryDocument[]): VersionChoice[] {
  return documents.flatMap((document) =>
    document.versions.map((v) => {
      const latest = v.version === document.latest_version;
      return {
        documentId: document.document_id,
        version: v.version,
        kind: document.kind,
        latest,
        label: `${document.name} — ${versionLabel(v.version)}${latest ? ' (latest)' : ''} · ${v.file_name} · ${formatBytes(v.size)}`,
      };
    }),
  );
}
