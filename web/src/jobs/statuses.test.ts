import { describe, expect, it } from 'vitest';
import { systemGhostedLabel } from './statuses';

const applied = { status: 'Applied' as const, at: '2026-11-01T09:00:00.000000Z' };
const ghosted = { status: 'Ghosted' as const, at: '2026-11-22T09:00:30.000000Z' };
const history = [applied, ghosted];

describe('the badge of a job CareerVault marked Ghosted', () => {
  it('says how long the application went without an answer', () => {
    expect(systemGhostedLabel({ status: 'Ghosted', status_set_by: 'system', status_history: history }))
      .toBe('Ghosted (no reply in 21 days)');
    expect(systemGhostedLabel({
      status: 'Ghosted', status_set_by: 'system',
      status_history: [applied, { status: 'Ghosted', at: '2026-11-02T09:00:00.000000Z' }],
    })).toBe('Ghosted (no reply in 1 day)');
  });

  it('is absent for a Ghosted the user chose and for any other status', () => {
    expect(systemGhostedLabel({ status: 'Ghosted', status_set_by: 'user', status_history: history })).toBeNull();
    expect(systemGhostedLabel({ status: 'Ghosted', status_history: history })).toBeNull();
    expect(systemGhostedLabel({ status: 'Applied', status_set_by: 'system', status_history: history })).toBeNull();
  });

  it('says no more than it knows without the stage before', () => {
    expect(systemGhostedLabel({ status: 'Ghosted', status_set_by: 'system', status_history: [ghosted] }))
      .toBe('Ghosted (no reply)');
  });
});
