import { describe, expect, it } from 'vitest';
import { formatBytes, groupByKind, mediaTypeName, versionChoices } from './documentFormat';
import type { LibraryDocument } from './documentTypes';

const RESUME: LibraryDocument = {
  document_id: 'd1', name: 'Resume', kind: 'resume', latest_version: 2, created_at: '2026-11-20T09:00:00Z', updated_at: '2026-12-01T10:00:00Z',
  versions: [
    { version: 2, sha256: 'b'.repeat(64), size: 48_213, media_type: 'application/pdf', file_name: 'resume.pdf', created_at: '2026-12-01T10:00:00Z' },
    { version: 1, sha256: 'a'.repeat(64), size: 812, media_type: 'text/plain', file_name: 'resume.txt', created_at: '2026-11-20T09:00:00Z' },
  ],
};
const LETTER: LibraryDocument = {
  document_id: 'd2', name: 'Letter to Acme', kind: 'cover_letter', latest_version: 1, created_at: '2026-11-21T09:00:00Z', updated_at: '2026-11-21T09:00:00Z',
  versions: [{ version: 1, sha256: 'c'.repeat(64), size: 2_100_000, media_type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', file_name: 'acme.docx', created_at: '2026-11-21T09:00:00Z' }],
};

describe("the library's wording", () => {
  it('writes sizes in binary units, as the limits are', () => {
    expect([0, 1, 812, 1023, 1024, 1536, 48_213, 5_242_880, 209_715_200, 1_610_612_736].map(formatBytes)).toEqual([
      '0 bytes', '1 byte', '812 bytes', '1023 bytes', '1 KB', '1.5 KB', '47.1 KB', '5 MB', '200 MB', '1.5 GB',
    ]);
  });

  it('names the accepted types', () => {
    expect(['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'text/plain', 'text/markdown', 'image/png'].map(mediaTypeName)).toEqual([
      'PDF', 'Word (DOCX)', 'Plain text', 'Markdown', 'image/png',
    ]);
  });

  it("groups by kind in a fixed order (empty groups too), keeping the API's order within each", () => {
    const other = { ...RESUME, document_id: 'd3', name: 'Portfolio', kind: 'other' as const };
    const older = { ...RESUME, document_id: 'd4', name: 'Old resume' };
    expect(groupByKind([other, RESUME, older]).map((g) => [g.kind, g.title, g.documents.map((d) => d.document_id)])).toEqual([
      ['resume', 'Resumes', ['d1', 'd4']],
      ['cover_letter', 'Cover letters', []],
      ['other', 'Other documents', ['d3']],
    ]);
  });

  it('lists every version as a choice for a picker, the latest marked', () => {
    expect(versionChoices([RESUME, LETTER])).toEqual([
      { documentId: 'd1', version: 2, kind: 'resume', latest: true, label: 'Resume — v2 (latest) · resume.pdf · 47.1 KB' },
      { documentId: 'd1', version: 1, kind: 'resume', latest: false, label: 'Resume — v1 · resume.txt · 812 bytes' },
      { documentId: 'd2', version: 1, kind: 'cover_letter', latest: true, label: 'Letter to Acme — v1 (latest) · acme.docx · 2 MB' },
    ]);
  });
});
