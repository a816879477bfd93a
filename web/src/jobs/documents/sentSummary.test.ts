import { describe, expect, it } from 'vitest';
import { dayMonthIn, formatSize, isApplied, pickerOrder, picksOf, referencesOf, samePicks, sentSummary, versionLabel } from './sentSummary';
import type { LibraryDocument, PinnedDocument } from './sentDocumentsTypes';

const NOW = new Date('2026-12-02T12:00:00Z');
const gb = dayMonthIn('en-GB', 'UTC', NOW);
const us = dayMonthIn('en-US', 'UTC', NOW);

const RESUME: PinnedDocument = {
  document_id: 'd1', version: 3, sha256: 'a'.repeat(64), size: 48213, media_type: 'application/pdf', kind: 'resume',
  pinned_at: '2026-11-12T09:30:00Z', name: 'Resume', file_name: 'Resume 2026.pdf', uploaded_at: '2026-11-12T09:00:00Z',
};
const LETTER: PinnedDocument = {
  document_id: 'd2', version: 1, sha256: 'b'.repeat(64), size: 812, media_type: 'text/plain', kind: 'cover_letter',
  pinned_at: '2026-11-12T10:00:00Z', name: 'Cover letter', file_name: 'letter.txt', uploaded_at: '2026-11-10T09:00:00Z',
};
const POSTING = { job_description: 'We need Kafka.', url: 'https://careers.example.com/jobs/123', frozen_at: '2026-11-12T09:30:00Z' };

describe('the summary of what went with an application', () => {
  it('names each document with its version and the day it was pinned, then the posting', () => {
    expect(sentSummary({ documents: [RESUME, LETTER], posting: POSTING, applied: true }, gb))
      .toBe('Sent: Resume v3 (12 Nov), Cover letter v1 (12 Nov); posting as of 12 Nov');
  });

  it("writes the day and month as the user's locale does", () => {
    expect(sentSummary({ documents: [RESUME], posting: POSTING, applied: true }, us)).toBe('Sent: Resume v3 (Nov 12); posting as of Nov 12');
  });

  it('adds the year to a day of another year', () => {
    expect(sentSummary({ documents: [{ ...RESUME, pinned_at: '2025-03-04T10:00:00Z' }], applied: true }, gb)).toBe('Sent: Resume v3 (4 Mar 2025)');
  });

  it('uses the time zone given for the day (late on the 12th in New York is the 13th in UTC)', () => {
    const late = { ...RESUME, pinned_at: '2026-11-13T02:00:00Z' };
    expect(sentSummary({ documents: [late], applied: true }, dayMonthIn('en-GB', 'America/New_York', NOW))).toBe('Sent: Resume v3 (12 Nov)');
    expect(sentSummary({ documents: [late], applied: true }, gb)).toBe('Sent: Resume v3 (13 Nov)');
  });

  it('leaves the posting out when none was frozen', () => {
    expect(sentSummary({ documents: [LETTER], applied: true }, gb)).toBe('Sent: Cover letter v1 (12 Nov)');
  });

  it('says when no documents are recorded', () => {
    expect(sentSummary({ documents: [], posting: POSTING, applied: true }, gb)).toBe('No documents recorded as sent; posting as of 12 Nov');
    expect(sentSummary({ applied: true }, gb)).toBe('No documents recorded as sent');
  });

  it('calls them the documents to send before applying', () => {
    expect(sentSummary({ documents: [RESUME], applied: false }, gb)).toBe('To send: Resume v3 (12 Nov)');
    expect(sentSummary({ applied: false }, gb)).toBe('No documents chosen to send yet');
  });

  it("names a document by its kind when the view has no name", () => {
    const { name: _, ...unnamed } = LETTER;
    expect(sentSummary({ documents: [unnamed, { ...RESUME, name: ' ', kind: 'other' }], applied: true }, gb))
      .toBe('Sent: Cover letter v1 (12 Nov), Document v3 (12 Nov)');
  });

  it('counts a job as applied for once it has a frozen posting or a status past Wishlist', () => {
    expect(isApplied({ status: 'Wishlist' })).toBe(false);
    expect(isApplied({ status: 'Wishlist', posting_as_applied: POSTING })).toBe(true);
    expect(isApplied({ status: 'Applied' })).toBe(true);
    expect(isApplied({ status: 'Interviewing' })).toBe(true);
  });
});

const library = (id: string, kind: LibraryDocument['kind'], name: string): LibraryDocument => ({
  document_id: id, kind, name, latest_version: 2, created_at: '2026-11-01T09:00:00Z', updated_at: '2026-11-20T09:00:00Z',
  versions: [
    { version: 2, sha256: 'c'.repeat(64), size: 20, media_type: 'text/plain', file_name: `${name} 2.txt`, created_at: '2026-11-20T09:00:00Z' },
    { version: 1, sha256: 'd'.repeat(64), size: 10, media_type: 'text/plain', file_name: `${name}.txt`, created_at: '2026-11-01T09:00:00Z' },
  ],
});

describe('the picker', () => {
  it('lists resumes, then cover letters, then the rest, each by name', () => {
    const docs = [library('o', 'other', 'Portfolio'), library('c', 'cover_letter', 'Letter'), library('r2', 'resume', 'Resume (short)'), library('r1', 'resume', 'Resume')];
    expect(pickerOrder(docs).map((d) => d.document_id)).toEqual(['r1', 'r2', 'c', 'o']);
  });

  it('writes a version with its file name and upload day', () => {
    expect(versionLabel(library('r', 'resume', 'Resume').versions[0]!, gb)).toBe('v2 — Resume 2.txt, 20 Nov');
  });

  it("sends the picks in the picker's order, keeping a pick the library did not list", () => {
    expect(referencesOf({ c: 1, gone: 4, r1: 2 }, ['r1', 'r2', 'c'])).toEqual([
      { document_id: 'r1', version: 2 }, { document_id: 'c', version: 1 }, { document_id: 'gone', version: 4 },
    ]);
    expect(referencesOf({}, ['r1'])).toEqual([]);
  });

  it("starts from the job's pins and tells a change", () => {
    expect(picksOf([RESUME, LETTER])).toEqual({ d1: 3, d2: 1 });
    expect(picksOf(undefined)).toEqual({});
    expect(samePicks({ d1: 3, d2: 1 }, { d2: 1, d1: 3 })).toBe(true);
    expect(samePicks({ d1: 3 }, { d1: 2 })).toBe(false);
    expect(samePicks({ d1: 3 }, { d1: 3, d2: 1 })).toBe(false);
    expect(samePicks({}, {})).toBe(true);
  });
});

describe('a file size', () => {
  it('in bytes, KB or MB', () => {
    expect([1, 812, 1024, 48213, 5 * 1024 * 1024 + 200_000, 20 * 1024 * 1024].map(formatSize)).toEqual(['1 byte', '812 bytes', '1.0 KB', '47 KB', '5.2 MB', '20 MB']);
  });
});
