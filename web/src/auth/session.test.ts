import { describe, expect, it } from 'vitest';
import { displayName, safeReturnPath } from './session';

describe('safeReturnPath', () => {
  it('returns to a path of the app', () => {
    expect(safeReturnPath('/jobs/42/edit?tab=notes#x')).toBe('/jobs/42/edit?tab=notes#x');
  });

  it('never leaves the app or loops through the login page', () => {
    for (const from of [null, '', 'https://evil.example', '//evil.example', '/\\evil.example', '/login?from=/x', '/signup']) {
      expect(safeReturnPath(from)).toBe('/');
    }
  });
});

describe('displayName', () => {
  it('prefers the names, then the username', () => {
    expect(displayName({ username: 'ann', given_name: 'Ann', family_name: 'Lee' })).toBe('Ann Lee');
    expect(displayName({ username: 'ann', given_name: ' ' })).toBe('ann');
    expect(displayName(null)).toBe('');
  });
});
