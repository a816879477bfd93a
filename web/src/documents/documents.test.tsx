import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DocumentItem, uploadedSentence } from './DocumentsPage';
import type { DocumentClient, LibraryDocument } from './documentTypes';
import { NewDocumentForm } from './UploadForms';
import { VersionDownload } from './VersionDownload';

const client = {} as DocumentClient; // rendering sends nothing
const RESUME: LibraryDocument = {
  document_id: 'd1', name: 'Resume', kind: 'resume', latest_version: 2, created_at: '2026-11-20T09:00:00Z', updated_at: '2026-12-01T10:00:00Z',
  versions: [
    { version: 2, sha256: 'b'.repeat(64), size: 48_213, media_type: 'application/pdf', file_name: 'resume.pdf', created_at: '2026-12-01T10:00:00Z' },
    { version: 1, sha256: 'a'.repeat(64), size: 812, media_type: 'text/plain', file_name: 'resume.txt', created_at: '2026-11-20T09:00:00Z' },
  ],
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the documents page', () => {
  it('shows a document with every version (newest first, the latest marked), each with its download', () => {
    const html = renderToStaticMarkup(<DocumentItem document={RESUME} client={client} onUploaded={() => undefined} />);
    expect(html).toContain('<h3 id="document-d1-title" class="document-name">Resume</h3>');
    expect(html).toContain('<ul class="version-list" aria-label="Versions of Resume">');
    const items = html.split('<li').slice(1).map((item) => text(`<li${item.split('</li>')[0]}`));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^v2 Latest resume\.pdf 47\.1 KB · PDF · uploaded .*2026.* Download v2$/);
    expect(items[1]).toMatch(/^v1 resume\.txt 812 bytes · Plain text · uploaded .*2026.* Download v1$/);
    expect(html).toContain('class="version latest"');
    expect(html).toMatch(/<time dateTime="2026-12-01T10:00:00Z">/);
    expect(html).toContain('aria-label="Download v2 of Resume"');
    expect(html).toContain('aria-label="Upload new version of Resume"');
    expect(text(html)).toContain('Resume · 2 versions');
  });

  it('has a labelled upload form offering the accepted types, with the limits', () => {
    const html = renderToStaticMarkup(<NewDocumentForm client={client} onUploaded={() => undefined} />);
    expect(html).toContain('<h2 id="document-new-title">Upload a document</h2>');
    expect(html).toMatch(/<label for="document-new-file">File \(required\)<\/label><input id="document-new-file"[^>]*type="file"[^>]*accept=".pdf,.docx,.txt,.md"/);
    expect(html).toContain('<div id="document-new-file-hint" class="field-hint">PDF, Word (.docx), plain text or Markdown, at most 5 MB.</div>');
    expect(html).toContain('<label for="document-new-name">Name (required)</label>');
    expect(html).toMatch(/<select id="document-new-kind"[^>]*><option value="" selected="">Choose…<\/option><option value="resume">Resume<\/option><option value="cover_letter">Cover letter<\/option><option value="other">Other<\/option><\/select>/);
    expect(html).toContain('role="alert"');
    expect(html).toContain('>Upload</button>');
  });

  it("renders one version's download on its own, for other pages", () => {
    const html = renderToStaticMarkup(<VersionDownload documentId="d1" documentName="Resume" version={RESUME.versions[1]!} client={client} />);
    expect(html).toBe('<span class="version-download"><button type="button" class="button button-secondary" aria-label="Download v1 of Resume">Download v1</button></span>');
  });

  it('says what was uploaded', () => {
    expect(uploadedSentence({ document: RESUME, version: RESUME.versions[0]! })).toBe('Uploaded Resume v2 (resume.pdf).');
  });
});
