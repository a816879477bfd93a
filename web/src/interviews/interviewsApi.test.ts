import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../api/testing';
import { cancelInterview, downloadInterviewIcs, listInterviews, recordOutcome, rescheduleInterview, scheduleInterview, upcomingInterviews } from './interviewsApi';
import type { Interview, InterviewClient } from './interviewTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as InterviewClient, calls };
}

export const INTERVIEW: Interview = {
  interview_id: 'i1', job_id: 'j1', starts_at: '2026-03-09T14:00:00Z', time_zone: 'America/New_York', local_start: '2026-03-09T10:00:00',
  duration_minutes: 60, kind: 'phone_screen', contact_ids: ['c1'], status: 'scheduled', sequence: 0, legacy: false, created_at: '2026-03-01T10:00:00Z',
};

beforeEach(() => tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' }));

describe('the interviews API', () => {
  it('schedules with POST, Prefer: wait and the bearer token, and keeps the answered interview', async () => {
    const { client, calls } = setUp(() => json(201, INTERVIEW, { Location: '/api/jobs/j1/interviews/i1' }));
    const body = { local_start: '2026-03-09T10:00', time_zone: 'America/New_York', duration_minutes: 60, kind: 'phone_screen' as const, contact_ids: ['c1'] };
    expect(await scheduleInterview(client, 'j1', body)).toEqual({ kind: 'saved', interview: INTERVIEW });
    expect(calls.map((c) => [c.method, c.path, c.authorization, c.headers.get('Prefer'), JSON.parse(c.body)])).toEqual([
      ['POST', '/api/jobs/j1/interviews', `Bearer ${ACCESS}`, 'wait=5', body],
    ]);
  });

  it('takes a 202 (InterviewAccepted: ids, no interview) as saved, shown in a moment', async () => {
    const { client } = setUp(() => json(202, { interview_id: 'i1', job_id: 'j1', event_ids: ['e1'] }));
    expect(await scheduleInterview(client, 'j1', { local_start: '2026-03-09T10:00', time_zone: 'UTC' })).toEqual({ kind: 'saved', interview: undefined });
  });

  it("puts the API's field problems on the form's fields (starts_at on the start, contact_ids[0] on the contacts)", async () => {
    const { client } = setUp(() =>
      json(422, {
        type: 'https://careervault.dev/problems/invalid-request', title: 'Invalid request', status: 422,
        errors: [
          { field: 'time_zone', message: 'is not a known time zone' },
          { field: 'starts_at', message: 'is required' },
          { field: 'contact_ids[0]', message: 'no such contact' },
          { field: 'body', message: 'too many interviews' },
        ],
      }),
    );
    expect(await scheduleInterview(client, 'j1', { local_start: '', time_zone: 'Mars/Base' })).toEqual({
      kind: 'refused',
      errors: {
        fieldErrors: { time_zone: 'is not a known time zone', local_start: 'is required', contact_ids: 'no such contact' },
        message: 'too many interviews',
      },
    });
  });

  it('reschedules with a JSON Merge Patch, cancels with DELETE, records the outcome with PUT', async () => {
    const { client, calls } = setUp(() => json(200, { ...INTERVIEW, sequence: 1 }));
    await rescheduleInterview(client, 'j1', 'i1', { local_start: '2026-03-10T11:00', time_zone: 'America/New_York' });
    await cancelInterview(client, 'j1', 'i1');
    await recordOutcome(client, 'j1', 'i1', 'no_show');
    expect(calls.map((c) => [c.method, c.path, c.headers.get('Content-Type'), c.headers.get('Prefer'), c.body])).toEqual([
      ['PATCH', '/api/jobs/j1/interviews/i1', 'application/merge-patch+json', 'wait=5', '{"local_start":"2026-03-10T11:00","time_zone":"America/New_York"}'],
      ['DELETE', '/api/jobs/j1/interviews/i1', null, 'wait=5', ''],
      ['PUT', '/api/jobs/j1/interviews/i1/outcome', 'application/json', 'wait=5', '{"outcome":"no_show"}'],
    ]);
  });

  it("lists a job's interviews and the upcoming ones", async () => {
    const { client, calls } = setUp((call) => json(200, { items: call.path === '/api/interviews/upcoming' ? [{ ...INTERVIEW, company: 'Acme', position: 'Dev' }] : [INTERVIEW] }));
    expect(await listInterviews(client, 'j1')).toEqual({ kind: 'list', items: [INTERVIEW] });
    expect(await upcomingInterviews(client, 5)).toEqual({ kind: 'list', items: [{ ...INTERVIEW, company: 'Acme', position: 'Dev' }] });
    expect(calls.map((c) => `${c.method} ${c.path}${c.search}`)).toEqual(['GET /api/jobs/j1/interviews', 'GET /api/interviews/upcoming?limit=5']);
  });

  it("says why a list failed", async () => {
    const { client } = setUp(() => json(404, { title: 'Not Found', status: 404, detail: 'No such job' }));
    expect(await listInterviews(client, 'j9')).toEqual({ kind: 'failed', message: 'No such job' });
  });

  it('downloads one interview as .ics, named as the API says', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    const { client, calls } = setUp(() => new Response(ics, { status: 200, headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': 'attachment; filename="interview-i1.ics"' } }));
    const file = await downloadInterviewIcs(client, 'j1', 'i1');
    expect(calls.map((c) => [c.path, c.authorization])).toEqual([['/api/jobs/j1/interviews/i1.ics', `Bearer ${ACCESS}`]]);
    expect(file.kind).toBe('file');
    if (file.kind !== 'file') return;
    expect(file.fileName).toBe('interview-i1.ics');
    expect(file.blob.type).toBe('text/calendar');
    expect(await file.blob.text()).toBe(ics);
  });
});
