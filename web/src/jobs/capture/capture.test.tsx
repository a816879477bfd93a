import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../../api/client';
import { ServiceStatus } from '../../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../../api/testing';
import {
  captureJob, companyHistoryLine, duplicateWarning, formFromDraft, type CaptureClient, type JobDraft, type PossibleDuplicate,
} from './captureApi';
import { DraftView } from './CapturePage';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as CaptureClient, calls };
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

const EARLIER: PossibleDuplicate = {
  job_id: '0b7e6d7c-3f0e-4c8a-9d51-2f4b8f6a1c23', company: 'Acme, Inc.', position: 'Backend Engineer', status: 'Interviewing',
  applied_date: '2026-10-01', created_at: '2026-10-01T08:00:00.000000Z', matched_by: ['url', 'company_position'],
};

const DRAFT: JobDraft = {
  posting_found: true,
  company: { value: 'Acme', source: 'json-ld' },
  position: { value: 'Backend Engineer', source: 'json-ld' },
  location: { value: 'Remote (USA, Canada)', source: 'json-ld' },
  salary_range: { value: 'USD 120,000-150,000 per year', source: 'json-ld' },
  employment_type: { value: 'Full-time', source: 'json-ld' },
  date_posted: { value: '2026-11-20', source: 'json-ld' },
  valid_through: { value: '2026-12-31', source: 'microdata' },
  url: { value: 'https://boards.example.com/acme/jobs/7', source: 'meta' },
  job_description: { value: 'About the role\n\n- Java 17', source: 'json-ld' },
  possible_duplicates: [EARLIER],
};

beforeEach(() => tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' }));

describe('capturing a job from its posting', () => {
  it('sends the page and where it was, and answers the draft', async () => {
    const { client, calls } = setUp(() => json(200, DRAFT));
    expect(await captureJob('<html></html>', ' https://boards.example.com/acme/jobs/7 ', client)).toEqual({ ok: true, draft: DRAFT });
    expect(calls.map((c) => [c.method, c.path, c.authorization, JSON.parse(c.body)])).toEqual([
      ['POST', '/api/jobs/capture', `Bearer ${ACCESS}`, { html: '<html></html>', url: 'https://boards.example.com/acme/jobs/7' }],
    ]);
  });

  it('sends no url when none was given, and says a page is too large', async () => {
    const { client, calls } = setUp(() => json(413, { type: 'https://careervault.dev/problems/payload-too-large', title: 'Content Too Large', status: 413, max_bytes: 5242880 }));
    expect(await captureJob('<p>', '', client)).toEqual({
      ok: false, message: 'This page is too large to read. Copy only the posting part of the page, or use the bookmarklet on the posting itself.',
    });
    expect(calls.map((c) => JSON.parse(c.body))).toEqual([{ html: '<p>' }]);
  });

  it('fills the job form with the draft, what has no field of its own in the notes', () => {
    expect(formFromDraft(DRAFT)).toEqual({
      company: 'Acme', position: 'Backend Engineer', status: 'Applied', location: 'Remote (USA, Canada)',
      salary_range: 'USD 120,000-150,000 per year', applied_date: '', url: 'https://boards.example.com/acme/jobs/7',
      notes: 'Employment type: Full-time\nPosted on 2026-11-20\nApply by 2026-12-31', interview_at: '', follow_up_at: '',
      tags: '', job_description: 'About the role\n\n- Java 17', source: '',
    });
    expect(formFromDraft({ posting_found: false, possible_duplicates: [] }).notes).toBe('');
  });

  it('shows each value with where it was read, and warns of a job it may repeat', () => {
    const html = renderToStaticMarkup(<MemoryRouter><DraftView draft={DRAFT} onUse={() => undefined} /></MemoryRouter>);
    expect(text(html)).toContain('Company Acme — from structured data (JSON-LD)');
    expect(text(html)).toContain('Apply by 2026-12-31 — from structured data (microdata)');
    expect(text(html)).toContain('Job posting URL https://boards.example.com/acme/jobs/7 — from the page&#x27;s link');
    expect(text(html)).toContain('You may have this job already: Acme, Inc. — Backend Engineer (Interviewing, applied 2026-10-01; same posting)');
    expect(html).toContain(`href="/jobs/${EARLIER.job_id}"`);
    expect(html).toContain('>Use this draft</button>');
  });

  it('says when a page has no posting data', () => {
    const html = renderToStaticMarkup(<MemoryRouter><DraftView draft={{ posting_found: false, possible_duplicates: [] }} onUse={() => undefined} /></MemoryRouter>);
    expect(text(html)).toContain('This page has no job posting data CareerVault can read.');
    expect(html).not.toContain('You may have this job already');
  });
});

describe('the duplicate warning after a create', () => {
  it('names the newest match and counts the others', () => {
    expect(duplicateWarning([EARLIER, { ...EARLIER, job_id: 'x', matched_by: ['company_position'], applied_date: null }]))
      .toBe('You may have this job already: Acme, Inc. — Backend Engineer (Interviewing, applied 2026-10-01; same posting) and 1 more.');
    expect(duplicateWarning([{ ...EARLIER, matched_by: ['company_position'], applied_date: null }]))
      .toBe('You may have this job already: Acme, Inc. — Backend Engineer (Interviewing; same company and position).');
    expect(duplicateWarning([])).toBeUndefined();
    expect(duplicateWarning(undefined)).toBeUndefined();
  });
});

describe('the company history on the job page', () => {
  it('says how often the caller applied before and the last outcome', () => {
    expect(companyHistoryLine({ earlier_applications: 2, last_job_id: 'j', last_position: 'Engineer', last_status: 'Rejected', last_date: '2026-03-02' }))
      .toBe('Applied to this company 2 times before; last outcome: Rejected (2026-03-02).');
    expect(companyHistoryLine({ earlier_applications: 1, last_job_id: 'j', last_position: 'Engineer', last_status: 'Ghosted', last_date: null }))
      .toBe('Applied to this company once before; last outcome: Ghosted.');
    expect(companyHistoryLine({ earlier_applications: 0, last_job_id: null, last_position: null, last_status: null, last_date: null })).toBeUndefined();
    expect(companyHistoryLine(undefined)).toBeUndefined();
  });
});
