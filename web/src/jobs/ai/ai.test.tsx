import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../../api/client';
import { splitFieldProblems } from '../../api/problems';
import { ServiceStatus } from '../../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../../api/testing';
import { characterCount, countText, tooLong } from '../../forms/CharacterCount';
import { NotificationsProvider } from '../../layout/notifications';
import { createBody, emptyForm, FIELDS, formOf, JOB_DESCRIPTION_MAX, mergePatch, withDefaults } from '../formValues';
import { NewJobPage } from '../JobFormPage';
import { AiInsights, type Waiting } from './AiInsights';
import type { JobInsights, JobWithInsights, Resume, ResumeClient } from './aiTypes';
import { aiStatusOf, awaitInsights, POLL_FOR_MS, POLL_INTERVAL_MS, type AwaitOptions } from './awaitInsights';
import { degradedNote } from './insightsText';
import { loadResume, removeResume, RESUME_MAX, saveResume } from './resumeApi';
import { ResumeSection } from './ResumeSection';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });

function client(handler: (call: Call, index: number) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  return { client: createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() }), calls };
}

function render(node: ReactNode) {
  const html = renderToStaticMarkup(<MemoryRouter>{node}</MemoryRouter>);
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return { html, text: text.replaceAll('&#x27;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&') };
}

const JOB: JobWithInsights = {
  job_id: 'j1', company: 'Acme', position: 'Backend Engineer', status: 'Applied', version: '2-10', created_at: '2026-11-20T10:00:00Z',
};
const POSTING = 'We build payment systems in Java and Kafka.\nYou know Spring Boot and DynamoDB.';
const READY: JobInsights = {
  summary: 'A backend role on payment systems.',
  required_skills: ['Java', 'Kafka', 'Spring Boot'],
  match_score: 72,
  strengths: ['Java', 'Kafka'],
  gaps: ['DynamoDB'],
  provider: 'gemini',
  model: 'gemini-2.5-flash',
  degraded: false,
  degraded_reason: null,
  computed_at: '2026-12-01T10:00:00Z',
  resume_hash: 'ab'.repeat(32),
};
const pending: JobWithInsights = { ...JOB, job_description: POSTING, ai_status: 'pending' };
const ready: JobWithInsights = { ...JOB, job_description: POSTING, ai_status: 'ready', ai: READY };

function section(job: JobWithInsights, waiting: Waiting = 'idle') {
  return render(<AiInsights job={job} waiting={waiting} onCheckAgain={() => undefined} />);
}

/** A clock that the fake sleep moves on, so a minute of polling takes no time. */
function fakeTime(signal: AbortSignal): AwaitOptions & { slept: number[] } {
  let clock = 0;
  const slept: number[] = [];
  return {
    signal,
    slept,
    now: () => clock,
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
  };
}

beforeEach(() => {
  tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' });
});

describe('the AI insights region', () => {
  it('is a region named by its heading, and says it is computing (politely) while pending', () => {
    const { html, text } = section(pending, 'computing');
    expect(html).toContain('<section class="ai-insights" aria-labelledby="ai-insights-title"><h2 id="ai-insights-title">AI insights</h2>');
    expect(html).toContain('<div aria-live="polite" class="ai-live"><p class="ai-computing">Computing insights…</p></div>');
    expect(html).not.toContain('<meter');
    expect(text).not.toContain('Add the posting');
  });

  it('shows the match score as a meter with its number, the summary, skills, strengths, gaps and who computed them', () => {
    const { html, text } = section(ready);
    expect(html).toContain('<label for="ai-match-score">Match score</label>');
    expect(html).toMatch(/<meter id="ai-match-score" min="0" max="100" low="40" high="70" optimum="100" value="72"><\/meter>/);
    expect(text).toContain('72 / 100');
    expect(text).toContain('These are estimates computed from the posting\'s text and your resume: a guide, not a verdict.');
    expect(text).toContain('Summary A backend role on payment systems.');
    expect(html).toContain('<ul class="ai-skills"><li>Java</li><li>Kafka</li><li>Spring Boot</li></ul>');
    expect(html).toContain('<h3>Strengths</h3><ul><li>Java</li><li>Kafka</li></ul>');
    expect(html).toContain('<h3>Gaps</h3><ul><li>DynamoDB</li></ul>');
    expect(text).toContain('Computed by Gemini (gemini-2.5-flash),');
    expect(html).toContain('<time dateTime="2026-12-01T10:00:00Z">');
    expect(text).not.toContain('unavailable');
    expect(text).not.toContain('Computing insights');
  });

  it('names the configured provider and the reason when the offline estimate stood in', () => {
    const degraded = { ...READY, degraded: true, degraded_reason: 'timeout', model: 'lexical-1' };
    const { html, text } = section({ ...ready, ai: degraded });
    expect(html).toContain('<p class="ai-degraded">Gemini was unavailable (timeout), so this is the offline estimate.</p>');
    expect(text).toContain('Computed by the offline estimator (lexical-1),');
    expect(degradedNote({ provider: 'openai-compatible', degraded: true, degraded_reason: 'daily-budget' }))
      .toBe("The self-hosted model was unavailable (today's limit was reached), so this is the offline estimate.");
    expect(degradedNote({ provider: 'gemini', degraded: true, degraded_reason: null })).toBe('Gemini was unavailable, so this is the offline estimate.');
    expect(degradedNote({ provider: 'lexical', degraded: false, degraded_reason: null })).toBeUndefined();
  });

  it('without a resume: no score, a link to the account page instead, and no strengths or gaps', () => {
    const { html, text } = section({ ...ready, ai: { ...READY, match_score: null, strengths: [], gaps: [], resume_hash: null, provider: 'lexical', model: 'lexical-1' } });
    expect(html).not.toContain('<meter');
    expect(html).toContain('<p>No resume yet: <a href="/account" data-discover="true">add one on your account page</a></p>');
    expect(text).not.toContain('Strengths');
    expect(text).not.toContain('Gaps');
    expect(text).toContain('These are estimates computed from the posting\'s text: a guide, not a verdict.');
    expect(text).toContain('Computed by the offline estimator (lexical-1),');
  });

  it('without a description: only a hint to add the posting\'s text', () => {
    const { html, text } = section({ ...JOB, ai_status: 'none' });
    expect(text).toBe('AI insights Add the posting\'s text to get insights.');
    expect(html).toContain('<a href="/jobs/j1/edit" data-discover="true">Add the posting&#x27;s text</a>');
  });

  it('offers to check again after a minute still pending', () => {
    const { html, text } = section(pending, 'timed-out');
    expect(text).toContain('Computing insights takes longer than usual. Check again');
    expect(html).toContain('<button type="button" class="link-like">Check again</button>');
    expect(text).not.toContain('Computing insights…');
  });

  it('reads the state from `ai` when the API does not say it', () => {
    expect(aiStatusOf({ ...JOB, ai: READY })).toBe('ready');
    expect(aiStatusOf(JOB)).toBe('none');
    expect(aiStatusOf(pending)).toBe('pending');
  });
});

describe('waiting for the insights of a pending job', () => {
  it('asks for the job every 2 s until they are ready, then shows them', async () => {
    const { client: api, calls } = client((_call, i) => json(200, i < 2 ? pending : ready));
    const time = fakeTime(new AbortController().signal);

    const outcome = await awaitInsights((signal) => api.GET('/api/jobs/{jobId}', { params: { path: { jobId: 'j1' } }, signal }), time);

    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual(Array(3).fill(['GET', '/api/jobs/j1', `Bearer ${ACCESS}`]));
    expect(time.slept).toEqual([POLL_INTERVAL_MS, POLL_INTERVAL_MS, POLL_INTERVAL_MS]);
    expect(outcome).toEqual({ kind: 'settled', job: ready });
    if (outcome.kind !== 'settled') return;
    const { html, text } = section(outcome.job, 'arrived');
    expect(html).toContain('value="72"');
    expect(html).toContain('<div aria-live="polite" class="ai-live"><p class="visually-hidden">Insights ready.</p></div>');
    expect(text).not.toContain('Computing insights…');
  });

  it('gives up after a minute, keeping the latest copy', async () => {
    const { client: api, calls } = client(() => json(200, pending));
    const outcome = await awaitInsights(
      (signal) => api.GET('/api/jobs/{jobId}', { params: { path: { jobId: 'j1' } }, signal }),
      fakeTime(new AbortController().signal),
    );
    expect(outcome).toEqual({ kind: 'timed-out', job: pending });
    expect(calls).toHaveLength(POLL_FOR_MS / POLL_INTERVAL_MS);
  });

  it('stops when the description is removed meanwhile (nothing to wait for)', async () => {
    const none = { ...JOB, ai_status: 'none' as const };
    const { client: api } = client(() => json(200, none));
    const outcome = await awaitInsights((signal) => api.GET('/api/jobs/{jobId}', { params: { path: { jobId: 'j1' } }, signal }), fakeTime(new AbortController().signal));
    expect(outcome).toEqual({ kind: 'settled', job: none });
  });

  it('goes on after a failed look, and stops for a deleted job', async () => {
    let n = 0;
    const flaky = async () => {
      n += 1;
      if (n === 1) throw new TypeError('Failed to fetch');
      return { data: ready, response: new Response(null, { status: 200 }) };
    };
    expect(await awaitInsights(flaky, fakeTime(new AbortController().signal))).toEqual({ kind: 'settled', job: ready });
    expect(n).toBe(2);

    const { client: api } = client(() => json(404, { title: 'Not Found', status: 404 }));
    const gone = await awaitInsights((signal) => api.GET('/api/jobs/{jobId}', { params: { path: { jobId: 'j1' } }, signal }), fakeTime(new AbortController().signal));
    expect(gone).toEqual({ kind: 'gone' });
  });

  it('stops asking once the page is left', async () => {
    const abort = new AbortController();
    let looks = 0;
    const outcome = await awaitInsights(async () => {
      looks += 1;
      abort.abort();
      return { data: pending, response: new Response(null, { status: 200 }) };
    }, fakeTime(abort.signal));
    expect(outcome).toEqual({ kind: 'aborted' });
    expect(looks).toBe(1);
  });
});

describe('character counters', () => {
  it('count code points after NFC, as the API does', () => {
    expect(characterCount('e\u0301')).toBe(1); // é decomposed
    expect(characterCount('😀 ok')).toBe(4);
    expect(characterCount('')).toBe(0);
  });

  it('say the count against the limit, and how far over', () => {
    expect(countText(12_345, JOB_DESCRIPTION_MAX)).toBe('12,345 / 20,000 characters');
    expect(countText(20_005, JOB_DESCRIPTION_MAX)).toBe('5 characters too many (20,005 / 20,000)');
    expect(countText(50_001, RESUME_MAX)).toBe('1 character too many (50,001 / 50,000)');
    expect(tooLong('job description', 20_001, JOB_DESCRIPTION_MAX)).toBe('Shorten the job description to 20,000 characters or fewer (it has 20,001).');
    expect(tooLong('job description', 20_000, JOB_DESCRIPTION_MAX)).toBeUndefined();
  });
});

describe('the job form\'s description', () => {
  it('is an optional labelled textarea with a live counter it is described by', () => {
    const { html } = render(<NotificationsProvider><NewJobPage /></NotificationsProvider>);
    const id = /<label for="([^"]+-job_description)">Job description<\/label>/.exec(html)?.[1];
    expect(id).toBeDefined();
    expect(html).toMatch(new RegExp(`<textarea id="${id}" name="job_description" aria-describedby="${id}-hint ${id}-count" rows="10">`));
    expect(html).toContain(`<p id="${id}-count" class="char-count">0 / 20,000 characters</p>`);
    expect(html).toContain('<span class="char-count-spoken" aria-live="polite"></span>');
  });

  it('is sent when filled, cleared with null, and missing from an old draft is blank', () => {
    expect(createBody({ ...emptyForm, company: 'Acme', position: 'Dev', job_description: `  ${POSTING}\n` })).toEqual({
      company: 'Acme', position: 'Dev', status: 'Applied', job_description: POSTING,
    });
    expect(createBody({ ...emptyForm, company: 'Acme', position: 'Dev', job_description: ' \n ' })).not.toHaveProperty('job_description');
    const before = formOf({ ...JOB, job_description: POSTING });
    expect(before.job_description).toBe(POSTING);
    expect(mergePatch(before, { ...before, job_description: '' })).toEqual({ job_description: null });
    expect(mergePatch(before, { ...before, job_description: 'New text' })).toEqual({ job_description: 'New text' });
    const { job_description: _dropped, ...old } = emptyForm;
    void _dropped;
    expect(withDefaults({ ...old, company: 'Acme' })).toEqual({ ...emptyForm, company: 'Acme' });
  });

  it('takes the API\'s problem about it onto the field', () => {
    const problem = { title: 'Bad Request', status: 400, errors: [{ field: 'job_description', message: 'must be at most 20000 characters' }, { field: 'body', message: 'Invalid JSON' }] };
    expect(splitFieldProblems(problem, FIELDS)).toEqual({
      fieldErrors: { job_description: 'must be at most 20000 characters' },
      elsewhere: ['Invalid JSON'],
    });
  });
});

const RESUME: Resume = { text: 'Backend engineer: Java, Kafka, Spring Boot.', resume_hash: 'cd'.repeat(32), length: 43, updated_at: '2026-12-01T09:30:00Z' };

describe('the resume', () => {
  it('is loaded with GET /api/me/resume, and a 404 means none', async () => {
    const { client: api, calls } = client(() => json(200, RESUME));
    expect(await loadResume(api as unknown as ResumeClient)).toEqual({ kind: 'resume', resume: RESUME });
    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual([['GET', '/api/me/resume', `Bearer ${ACCESS}`]]);

    const none = client(() => json(404, { title: 'Not Found', status: 404, detail: 'No resume' }));
    expect(await loadResume(none.client as unknown as ResumeClient)).toEqual({ kind: 'none' });
  });

  it('is saved with PUT /api/me/resume and its text', async () => {
    const { client: api, calls } = client(() => json(200, RESUME));
    expect(await saveResume(api as unknown as ResumeClient, RESUME.text)).toEqual({ kind: 'saved', resume: RESUME });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'PUT', path: '/api/me/resume', authorization: `Bearer ${ACCESS}` });
    expect(JSON.parse(calls[0]!.body)).toEqual({ text: RESUME.text });
    expect(calls[0]!.headers.get('Content-Type')).toBe('application/json');
  });

  it('shows a refusal about the text on the field, and the rest in the alert', async () => {
    const { client: api } = client(() =>
      json(400, { title: 'Bad Request', status: 400, errors: [{ field: 'text', message: 'must be at most 50000 characters' }] }),
    );
    expect(await saveResume(api as unknown as ResumeClient, 'x')).toEqual({
      kind: 'refused', errors: { fieldErrors: { text: 'must be at most 50000 characters' }, message: null },
    });
    const limited = client(() => json(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '20' }));
    expect(await saveResume(limited.client as unknown as ResumeClient, 'x')).toEqual({
      kind: 'refused', errors: { fieldErrors: {}, message: 'Too many attempts; try again in 20 s.' },
    });
  });

  it('is removed with DELETE /api/me/resume', async () => {
    const { client: api, calls } = client(() => new Response(null, { status: 204 }));
    expect(await removeResume(api as unknown as ResumeClient)).toEqual({ kind: 'removed' });
    expect(calls.map((c) => [c.method, c.path])).toEqual([['DELETE', '/api/me/resume']]);

    const down = client(() => json(500, { title: 'Internal Server Error', status: 500, detail: 'The resumes table did not answer' }));
    expect(await removeResume(down.client as unknown as ResumeClient)).toEqual({ kind: 'failed', message: 'The resumes table did not answer' });
  });

  it('section: a labelled textarea with a counter, Save and Remove, the last update, and what happens to it', () => {
    const { html, text } = render(<ResumeSection initial={{ kind: 'resume', resume: RESUME }} />);
    expect(html).toContain('<section class="account-section resume-section" aria-labelledby="account-resume-title"><h2 id="account-resume-title">Resume</h2>');
    expect(html).toContain('<label for="resume-text">Resume</label>');
    expect(html).toMatch(/<textarea id="resume-text" aria-invalid="false" aria-describedby="resume-text-hint resume-text-count" name="text"[^>]*>Backend engineer: Java, Kafka, Spring Boot.<\/textarea>/);
    expect(html).toContain('<p id="resume-text-count" class="char-count">43 / 50,000 characters</p>');
    expect(html).toMatch(/<button type="submit" class="button">Save resume<\/button>/);
    expect(html).toMatch(/<button type="button" class="button button-secondary">Remove resume<\/button>/);
    expect(html).toContain('Last updated <time dateTime="2026-12-01T09:30:00Z">');
    expect(text).toContain('out of your jobs\' history');
    expect(text).toContain('It is deleted with your account too.');
    expect(text).toContain('Saving it scores every job with a description again.');
  });

  it('section without a resume: nothing to remove', () => {
    const { html, text } = render(<ResumeSection initial={{ kind: 'none' }} />);
    expect(text).toContain('No resume saved yet.');
    expect(html).toMatch(/<button type="button" class="button button-secondary" disabled="">Remove resume<\/button>/);
    expect(html).toContain('<p id="resume-text-count" class="char-count">0 / 50,000 characters</p>');
  });
});
