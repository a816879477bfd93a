import { describe, expect, it } from 'vitest';
import { formatWait, refusalOf, retryAfterOf, tooManyAttempts } from './rateLimit';

const NOW = Date.parse('2026-11-30T12:00:00Z');
const answer = (status: number, headers: Record<string, string> = {}, error: unknown = undefined) => ({
  error,
  response: new Response(null, { status, headers }),
});

describe('rate-limited answers (429)', () => {
  it('read the wait from Retry-After, as seconds or as an HTTP-date', () => {
    expect(retryAfterOf(answer(429, { 'Retry-After': '42' }), NOW)).toBe(42);
    expect(retryAfterOf(answer(429, { 'Retry-After': 'Mon, 30 Nov 2026 12:02:00 GMT' }), NOW)).toBe(120);
  });

  it('fall back to the problem body retry_after_seconds, and to nothing', () => {
    expect(retryAfterOf(answer(429, {}, { status: 429, retry_after_seconds: 17 }), NOW)).toBe(17);
    expect(retryAfterOf(answer(429, { 'Retry-After': 'soon' }, { retry_after_seconds: 9.2 }), NOW)).toBe(10);
    expect(retryAfterOf(answer(429, {}, { status: 429 }), NOW)).toBeNull();
  });

  it('say the wait in seconds under two minutes, else in minutes rounded up', () => {
    expect(formatWait(0)).toBe('1 s');
    expect(formatWait(1)).toBe('1 s');
    expect(formatWait(119)).toBe('119 s');
    expect(formatWait(120)).toBe('2 min');
    expect(formatWait(121)).toBe('3 min');
    expect(formatWait(900)).toBe('15 min');
    expect(tooManyAttempts(30)).toBe('Too many attempts; try again in 30 s.');
    expect(tooManyAttempts(null)).toBe('Too many attempts; try again later.');
  });

  it('become the form alert instead of a generic error; other refusals keep their fields', () => {
    const limited = answer(429, { 'Retry-After': '300' }, {
      type: 'https://careervault.dev/problems/rate-limited',
      status: 429,
      title: 'Too Many Requests',
      detail: 'Too many failed sign-ins',
      retry_after_seconds: 300,
    });
    expect(refusalOf(limited, ['password'], NOW)).toEqual({ fieldErrors: {}, message: 'Too many attempts; try again in 5 min.' });

    const bad = answer(400, {}, { status: 400, errors: [{ field: 'password', message: 'is too weak' }] });
    expect(refusalOf(bad, ['password'], NOW)).toEqual({ fieldErrors: { password: 'is too weak' }, message: null });
  });
});
