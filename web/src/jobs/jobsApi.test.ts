import { describe, expect, it } from 'vitest';
import { problemOf, refusal, restoreRefusal } from './jobsApi';

describe('restoreRefusal', () => {
  it('tells a job restored meanwhile from an account at its job limit', () => {
    expect(restoreRefusal(409, { type: 'https://careervault.dev/problems/conflict', title: 'Conflict', status: 409 }))
      .toBe('It is not deleted any more: it was restored already.');
    expect(restoreRefusal(409, {
      type: 'https://careervault.dev/problems/job-limit-reached', title: 'Job limit reached', status: 409,
      detail: 'You have 4000 live jobs, the most an account can keep.',
    })).toBe('You have 4000 live jobs, the most an account can keep.');
  });

  it('says a job past its time in Recently deleted is gone', () => {
    expect(restoreRefusal(404)).toBe('It can no longer be restored (its time in Recently deleted is over).');
  });
});

describe('a rate-limited command (429)', () => {
  it('says how long to wait, from Retry-After, instead of the limit problem', () => {
    const problem = problemOf(
      { type: 'https://careervault.dev/problems/create-rate-exceeded', title: 'Too Many Requests', status: 429, detail: 'at most 120 per 60 s' },
      new Response(null, { status: 429, headers: { 'Retry-After': '30' } }),
    );
    expect(refusal(429, problem)).toBe('Too many attempts; try again in 30 s.');
    expect(problem?.type).toBe('https://careervault.dev/problems/create-rate-exceeded');
  });

  it('leaves other refusals as the API said them', () => {
    const problem = { title: 'Bad Request', status: 400, detail: 'Bad job' };
    expect(problemOf(problem, new Response(null, { status: 400 }))).toBe(problem);
  });
});
