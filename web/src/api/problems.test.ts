import { describe, expect, it } from 'vitest';
import { splitFieldProblems, toFormErrors } from './problems';

describe('toFormErrors', () => {
  it('puts each field problem on its field and leaves no message', () => {
    const problem = {
      type: 'https://careervault.dev/problems/invalid-request',
      status: 400,
      title: 'Bad Request',
      detail: 'username: is taken; password: needs a digit',
      errors: [
        { field: 'username', message: 'is taken' },
        { field: 'password', message: 'needs a digit' },
        { field: 'password', message: 'needs a symbol' },
      ],
    };

    expect(toFormErrors(problem, ['username', 'email', 'password'])).toEqual({
      fieldErrors: { username: 'is taken', password: 'needs a digit; needs a symbol' },
      message: null,
    });
  });

  it('sends problems on fields the form does not show to the message', () => {
    const problem = {
      status: 400,
      title: 'Bad Request',
      errors: [
        { field: 'time_zone', message: 'must be an IANA time zone such as Europe/Berlin' },
        { field: 'body', message: 'is not valid JSON' },
        { field: 'Idempotency-Key', message: 'is too long' },
      ],
    };

    expect(toFormErrors(problem, ['time_zone'])).toEqual({
      fieldErrors: { time_zone: 'must be an IANA time zone such as Europe/Berlin' },
      message: 'is not valid JSON. Idempotency-Key: is too long',
    });
  });

  it('uses the detail, then the title, of a problem without field errors', () => {
    expect(toFormErrors({ status: 503, title: 'Service Unavailable', detail: 'The event log is unavailable' })).toEqual({
      fieldErrors: {},
      message: 'The event log is unavailable',
    });
    expect(toFormErrors({ status: 415, title: 'Unsupported Media Type' }).message).toBe('Unsupported Media Type');
  });

  it('copes with what is not a problem', () => {
    expect(toFormErrors('Bad Gateway').message).toBe('Bad Gateway');
    expect(toFormErrors(new TypeError('Failed to fetch')).message).toBe('Could not reach CareerVault (Failed to fetch). Try again.');
    expect(toFormErrors(undefined).message).toBe('The server gave no answer. Try again.');
    expect(toFormErrors({ errors: [{ field: 1 }, 'x'] }).message).toBe('Something went wrong. Try again.');
  });
});

describe('splitFieldProblems', () => {
  it('puts each field problem on the field the form shows, a list item on its list, and the rest apart', () => {
    const { fieldErrors, elsewhere } = splitFieldProblems(
      { status: 400, title: 'Bad Request', errors: [
        { field: 'company', message: 'is required' },
        { field: 'tags[2]', message: 'is too long' },
        { field: 'company', message: 'second' },
        { field: 'body', message: 'is odd' },
        { field: 'salary[1]', message: 'is not shown' },
      ] },
      ['company', 'tags'],
    );
    expect(fieldErrors).toEqual({ company: 'is required; second', tags: 'is too long' });
    expect(elsewhere).toEqual(['is odd', 'salary[1]: is not shown']);
  });

  it('finds none in what is not a problem with field errors', () => {
    expect(splitFieldProblems(new Error('offline'), ['company'])).toEqual({ fieldErrors: {}, elsewhere: [] });
    expect(splitFieldProblems(undefined)).toEqual({ fieldErrors: {}, elsewhere: [] });
    expect(splitFieldProblems({ detail: 'busy' })).toEqual({ fieldErrors: {}, elsewhere: [] });
  });
});
