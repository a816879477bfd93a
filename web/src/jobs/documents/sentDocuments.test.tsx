import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Job } from '../statuses';
import { DocumentPicker } from './DocumentPicker';
import { SentDocumentsSection } from './SentDocumentsSection';
import type { LibraryDocument } from './sentDocumentsTypes';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const noop = () => undefined;

const JOB: Job = {
  job_id: 'j1', company: 'Acme', position: 'Engineer', status: 'Applied', version: '7', created_at: '2026-11-12T09:00:00Z', updated_at: '2026-11-12T09:30:00Z',
  documents: [{
    document_id: 'd1', version: 1, sha256: 'a'.repeat(64), size: 2048, media_type: 'text/plain', kind: 'resume',
    pinned_at: '2026-11-12T09:30:00Z', name: 'Resume', file_name: 'resume.txt', uploaded_at: '2026-11-12T09:00:00Z',
  }],
  posting_as_applied: { job_description: 'We need Kafka.', url: 'https://careers.example.com/jobs/123', frozen_at: '2026-11-12T09:30:00Z' },
} as Job;

describe("the job page's documents", () => {
  it('says what was sent, each version with its download, and the posting as applied for', () => {
    const html = renderToStaticMarkup(<SentDocumentsSection job={JOB} onJob={noop} />);
    const shown = text(html);
    expect(html).toContain('<h2 id="sent-documents-title">Documents sent</h2>');
    expect(html).toMatch(/<p class="sent-summary">Sent: Resume v1 \([^)]+\); posting as of [^<]+<\/p>/);
    expect(shown).toContain('Resume v1 resume.txt, 2.0 KB attached');
    expect(html).toContain('aria-label="Download Resume v1">Download</button>');
    expect(html).toContain('>Download posting as applied</button>');
    expect(html).toContain('<a href="https://careers.example.com/jobs/123" rel="noopener noreferrer" target="_blank">https://careers.example.com/jobs/123</a>');
    expect(html).toMatch(/<details class="job-description"><summary>The posting&#x27;s text as applied for \(14 characters\)<\/summary><div [^>]*>We need Kafka.<\/div><\/details>/);
    expect(html).toContain('>Choose documents</button>');
  });

  it('before applying: the documents to send, no posting', () => {
    const html = renderToStaticMarkup(<SentDocumentsSection job={{ ...JOB, status: 'Wishlist', documents: undefined, posting_as_applied: undefined }} onJob={noop} />);
    expect(html).toContain('<h2 id="sent-documents-title">Documents to send</h2>');
    expect(html).toContain('<p class="sent-summary">No documents chosen to send yet</p>');
    expect(html).not.toContain('Posting as applied for');
  });

  it('a posting frozen without text: its address, no download', () => {
    const html = renderToStaticMarkup(<SentDocumentsSection job={{ ...JOB, posting_as_applied: { url: 'https://x.example/1', frozen_at: '2026-11-12T09:30:00Z' } }} onJob={noop} />);
    expect(text(html)).toContain('The job had no description when it was applied for.');
    expect(html).not.toContain('Download posting as applied');
  });

  it("opens the picker with the form's unsaved choice and the API's reasons", () => {
    const html = renderToStaticMarkup(
      <SentDocumentsSection job={JOB} onJob={noop} unsaved={{ jobId: 'j1', picks: { d1: 9 }, byDocument: { d1: 'document d1 has versions 1 to 1' }, lines: ['Resume: document d1 has versions 1 to 1'] }} />,
    );
    expect(html).toMatch(/<div role="alert" class="sent-documents-problem"><p>The documents were not saved:<\/p><ul><li>Resume: document d1 has versions 1 to 1<\/li><\/ul><\/div>/);
    expect(html).toContain('aria-label="Choose documents"');
    expect(html).not.toContain('>Choose documents</button>');
  });
});

const RESUME: LibraryDocument = {
  document_id: 'd1', kind: 'resume', name: 'Resume', latest_version: 2, created_at: '2026-11-01T09:00:00Z', updated_at: '2026-11-20T09:00:00Z',
  versions: [
    { version: 2, sha256: 'c'.repeat(64), size: 20, media_type: 'text/plain', file_name: 'resume-2.txt', created_at: '2026-11-20T09:00:00Z' },
    { version: 1, sha256: 'd'.repeat(64), size: 10, media_type: 'text/plain', file_name: 'resume.txt', created_at: '2026-11-01T09:00:00Z' },
  ],
};
const LETTER: LibraryDocument = { ...RESUME, document_id: 'd2', kind: 'cover_letter', name: 'Acme letter', latest_version: 1, versions: [RESUME.versions[1]!] };

describe('the document picker', () => {
  it("offers each document's versions newest first and \"Don't send\", with the chosen one selected and its problem", () => {
    const html = renderToStaticMarkup(
      <DocumentPicker legend="Documents sent" library={{ kind: 'library', documents: [RESUME, LETTER] }} picks={{ d1: 1 }} onChange={noop} problems={{ d1: 'document d1 has versions 1 to 2' }} />,
    );
    expect(html).toContain('<legend>Documents sent</legend>');
    const resume = /<select[^>]*aria-invalid="true"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    expect([...resume.matchAll(/<option value="(\d*)"( selected="")?>([^<]*)<\/option>/g)].map((m) => [m[1], Boolean(m[2]), m[3]?.replace(/, .*$/, '')]))
      .toEqual([['', false, 'Don&#x27;t send'], ['2', false, 'v2 — resume-2.txt'], ['1', true, 'v1 — resume.txt']]);
    expect(text(html)).toContain('Acme letter (Cover letter)');
    expect(html).toContain('class="field-error">document d1 has versions 1 to 2</span>');
  });

  it('says when the library is empty or could not be loaded', () => {
    const empty = renderToStaticMarkup(
      <MemoryRouter><DocumentPicker legend="L" library={{ kind: 'library', documents: [] }} picks={{}} onChange={noop} /></MemoryRouter>,
    );
    expect(text(empty)).toContain('Your document library is empty');
    expect(empty).toMatch(/<a href="\/documents"[^>]*>upload your resume or a cover letter<\/a>/);
    expect(renderToStaticMarkup(<DocumentPicker legend="L" library={{ kind: 'failed', message: 'Your documents could not be loaded.' }} picks={{}} onChange={noop} />))
      .toContain('<p role="alert" class="error">Your documents could not be loaded.</p>');
  });
});
