import { describe, expect, it } from 'vitest';
import { restoreRefusal } from './jobsApi';

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
