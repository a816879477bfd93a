import { describe, expect, it } from 'vitest';
import { passwordProblem, passwordRules } from './passwordPolicy';

const unmet = (password: string) => passwordRules(password).filter((r) => !r.met).map((r) => r.id);

describe('passwordRules', () => {
  it('accepts the seed password', () => {
    expect(unmet('TestPass123!')).toEqual([]);
  });

  it('names what a password lacks', () => {
    expect(unmet('')).toEqual(['length', 'upper', 'lower', 'digit', 'symbol']);
    expect(unmet('testpass')).toEqual(['upper', 'digit', 'symbol']);
    expect(unmet('TESTPASS1')).toEqual(['lower', 'symbol']);
    expect(unmet('Test Pass1')).toEqual([]); // a space is a symbol, as for the API
  });

  it('counts letters and digits beyond ASCII as the API does', () => {
    expect(unmet('Ünïcödé١!')).toEqual([]); // Arabic-Indic digit one
  });
});

describe('passwordProblem', () => {
  it('names what a new password lacks, as its field error, and nothing once every rule is met', () => {
    expect(passwordProblem('testpass')).toBe('The password needs: an upper-case letter, a digit, a symbol (not a letter or digit).');
    expect(passwordProblem('TestPass123!')).toBeNull();
  });
});
