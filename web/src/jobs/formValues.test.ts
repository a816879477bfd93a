import { describe, expect, it } from 'vitest';
import { createBody, emptyForm, formOf, fromLocalInput, mergePatch, parseTags, rebase, toLocalInput } from './formValues';
import { entityTag, versionOf } from './jobsApi';
import type { Job } from './statuses';

const job: Job = {
  job_id: 'j1', company: 'Google', position: 'SWE', status: 'Applied', version: '3-1542', created_at: '2026-11-20T10:00:00Z',
  location: 'Zurich', notes: 'Referred', tags: ['backend', 'remote'], interview_at: '2026-12-01T15:00:00Z',
};

describe('job form values', () => {
  it('leaves blank fields out of a create body and splits tags once each', () => {
    expect(createBody({ ...emptyForm, company: ' Acme ', position: 'Dev', tags: 'a, b ,A,, c' })).toEqual({
      company: 'Acme', position: 'Dev', status: 'Applied', tags: ['a', 'b', 'c'],
    });
    expect(parseTags(' , ')).toEqual([]);
  });

  it('sends the source trimmed, shows it in the form and patches or clears it', () => {
    expect(createBody({ ...emptyForm, company: 'Acme', position: 'Dev', source: ' Referral ' })).toEqual({
      company: 'Acme', position: 'Dev', status: 'Applied', source: 'Referral',
    });
    const before = formOf({ ...job, source: 'LinkedIn' });
    expect(before.source).toBe('LinkedIn');
    expect(mergePatch(before, { ...before, source: 'Meetup ' })).toEqual({ source: 'Meetup' });
    expect(mergePatch(before, { ...before, source: ' ' })).toEqual({ source: null });
  });

  it('round-trips a date-time through the local input value', () => {
    const local = toLocalInput('2026-12-01T15:00:00Z');
    expect(local).toMatch(/^2026-12-0[12]T\d\d:00$/);
    expect(fromLocalInput(local)).toBe('2026-12-01T15:00:00.000Z');
    expect(fromLocalInput('')).toBeUndefined();
  });

  it('patches only changed fields, with null for a cleared one', () => {
    const before = formOf(job);
    expect(mergePatch(before, before)).toEqual({});
    const after = { ...before, location: '  ', status: 'Interviewing' as const, tags: 'backend', notes: 'Referred ', salary_range: '$1' };
    expect(mergePatch(before, after)).toEqual({ location: null, status: 'Interviewing', tags: ['backend'], salary_range: '$1' });
    expect(mergePatch(before, { ...before, tags: '', interview_at: '' })).toEqual({ tags: null, interview_at: null });
  });
});

describe('rebase after a conflict', () => {
  it('keeps the fields the user changed and takes the others from the latest copy', () => {
    const base = formOf(job);
    const mine = { ...base, location: 'Zurich HQ' };
    const latest = formOf({ ...job, notes: 'changed elsewhere', location: 'Bern', version: '4-1' });
    const merged = rebase(base, mine, latest);
    expect(merged).toEqual({ ...latest, location: 'Zurich HQ' });
    expect(mergePatch(latest, merged)).toEqual({ location: 'Zurich HQ' });
  });
});

describe('jobs API helpers', () => {
  it('quotes a version for If-Match and reads one from an ETag', () => {
    expect(entityTag('3-1542')).toBe('"3-1542"');
    expect(versionOf('"4-2"')).toBe('4-2');
    expect(versionOf('W/"4-2"')).toBe('4-2');
    expect(versionOf(null)).toBeUndefined();
  });
});
