import { describe, expect, it } from 'vitest';
import { boardReducer, columns, emptyBoard, type BoardState } from './boardState';
import type { Job } from './statuses';

function job(id: string, status: Job['status'], version = '1-a'): Job {
  return { job_id: id, company: `Co ${id}`, position: 'Engineer', status, version, created_at: '2026-11-20T10:00:00Z' };
}

function loaded(...jobs: Job[]): BoardState {
  return boardReducer(emptyBoard, { type: 'loaded', jobs });
}

describe('boardReducer', () => {
  it('puts each job in the column of its status, in the server order', () => {
    const state = loaded(job('a', 'Applied'), job('b', 'Offer'), job('c', 'Applied'));
    const cols = columns(state);
    expect(cols.Applied.map((j) => j.job_id)).toEqual(['a', 'c']);
    expect(cols.Offer.map((j) => j.job_id)).toEqual(['b']);
    expect(cols.Wishlist).toEqual([]);
    expect(Object.keys(cols)).toEqual([
      'Wishlist', 'Applied', 'Screening', 'Interviewing', 'Offer', 'Accepted', 'Rejected', 'Withdrawn', 'Ghosted',
    ]);
  });

  it('moves a card at once and remembers where it came from', () => {
    const state = boardReducer(loaded(job('a', 'Applied')), { type: 'moved', jobId: 'a', to: 'Interviewing' });
    expect(state.jobs.a?.status).toBe('Interviewing');
    expect(state.pending.a).toEqual({ from: 'Applied', fromVersion: '1-a' });
    expect(columns(state).Applied).toEqual([]);
    expect(columns(state).Interviewing.map((j) => j.job_id)).toEqual(['a']);
  });

  it('ignores a move to the same column and a second move while one is pending', () => {
    const start = loaded(job('a', 'Applied'));
    expect(boardReducer(start, { type: 'moved', jobId: 'a', to: 'Applied' })).toBe(start);
    const moving = boardReducer(start, { type: 'moved', jobId: 'a', to: 'Offer' });
    expect(boardReducer(moving, { type: 'moved', jobId: 'a', to: 'Rejected' })).toBe(moving);
    expect(boardReducer(start, { type: 'moved', jobId: 'nope', to: 'Offer' })).toBe(start);
  });

  it('rolls a refused move back to the old status and version', () => {
    let state = boardReducer(loaded(job('a', 'Applied', '4-x')), { type: 'moved', jobId: 'a', to: 'Offer' });
    state = boardReducer(state, { type: 'moveRefused', jobId: 'a' });
    expect(state.jobs.a?.status).toBe('Applied');
    expect(state.jobs.a?.version).toBe('4-x');
    expect(state.pending).toEqual({});
    expect(columns(state).Applied.map((j) => j.job_id)).toEqual(['a']);
  });

  it('takes the server job of an accepted move, or the new version alone', () => {
    let state = boardReducer(loaded(job('a', 'Applied'), job('b', 'Applied')), { type: 'moved', jobId: 'a', to: 'Offer' });
    state = boardReducer(state, { type: 'moved', jobId: 'b', to: 'Screening' });
    state = boardReducer(state, { type: 'moveAccepted', jobId: 'a', job: job('a', 'Offer', '2-b') });
    state = boardReducer(state, { type: 'moveAccepted', jobId: 'b', version: '2-c' });
    expect(state.jobs.a).toEqual(job('a', 'Offer', '2-b'));
    expect(state.jobs.b?.status).toBe('Screening');
    expect(state.jobs.b?.version).toBe('2-c');
    expect(state.pending).toEqual({});
  });

  it('keeps a pending move when a reload brings the old status', () => {
    let state = boardReducer(loaded(job('a', 'Applied')), { type: 'moved', jobId: 'a', to: 'Offer' });
    state = boardReducer(state, { type: 'loaded', jobs: [job('a', 'Applied'), job('n', 'Wishlist')] });
    expect(state.jobs.a?.status).toBe('Offer');
    expect(state.pending.a?.from).toBe('Applied');
    expect(state.order).toEqual(['a', 'n']);
    // the refusal still goes back to the status it came from
    state = boardReducer(state, { type: 'moveRefused', jobId: 'a' });
    expect(state.jobs.a?.status).toBe('Applied');
  });

  it('keeps an accepted move until the read model catches up, then takes the server copy', () => {
    let state = boardReducer(loaded(job('a', 'Applied', '1-a')), { type: 'moved', jobId: 'a', to: 'Offer' });
    state = boardReducer(state, { type: 'moveAccepted', jobId: 'a', version: '2-b' });
    // the read model is a moment behind: old status, old version
    state = boardReducer(state, { type: 'loaded', jobs: [job('a', 'Applied', '1-a')] });
    expect(state.jobs.a?.status).toBe('Offer');
    expect(state.jobs.a?.version).toBe('2-b');
    // caught up: the server's copy wins and nothing more is remembered
    const caughtUp = { ...job('a', 'Offer', '2-b'), notes: 'from the server' };
    state = boardReducer(state, { type: 'loaded', jobs: [caughtUp] });
    expect(state.jobs.a).toEqual(caughtUp);
    expect(state.settled).toEqual({});
  });

  it('drops jobs the server no longer has, with their pending moves', () => {
    let state = boardReducer(loaded(job('a', 'Applied'), job('b', 'Offer')), { type: 'moved', jobId: 'a', to: 'Offer' });
    state = boardReducer(state, { type: 'loaded', jobs: [job('b', 'Offer')] });
    expect(Object.keys(state.jobs)).toEqual(['b']);
    expect(state.pending).toEqual({});
  });

  it('adds a new job first and removes a deleted one', () => {
    let state = loaded(job('a', 'Applied'));
    state = boardReducer(state, { type: 'added', job: job('n', 'Wishlist') });
    expect(state.order).toEqual(['n', 'a']);
    state = boardReducer(state, { type: 'added', job: job('n', 'Applied', '2-z') });
    expect(state.order).toEqual(['n', 'a']);
    expect(state.jobs.n?.status).toBe('Applied');
    state = boardReducer(state, { type: 'removed', jobId: 'a' });
    expect(state.order).toEqual(['n']);
    expect(state.jobs.a).toBeUndefined();
  });
});
