import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../api/testing';
import { MemoryStorage } from '../auth/memoryStorage';
import { TokenStore } from '../auth/tokens';
import {
  changeEmail,
  changePassword,
  linkToken,
  requestPasswordReset,
  resendVerification,
  resetPassword,
  unsubscribe,
  verifyEmail,
} from './accountApi';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });

function setUp(handler: (call: Call) => Response | Promise<Response>, signedIn = false) {
  const tokens = new TokenStore(new MemoryStorage());
  if (signedIn) tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' });
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client, calls };
}

const problem = (status: number, errors: { field: string; message: string }[] = [], extra: object = {}) =>
  json(status, { type: 'about:blank', title: 'Bad Request', status, errors, ...extra });
const tokenRefused = () => problem(400, [{ field: 'token', message: 'The link is invalid or has expired' }]);
const rateLimited = (seconds: number) =>
  json(
    429,
    { type: 'https://careervault.dev/problems/rate-limited', title: 'Too Many Requests', status: 429, retry_after_seconds: seconds },
    { 'Retry-After': String(seconds) },
  );

describe('the token of an emailed link', () => {
  it('is read from the query string, trimmed; absent or empty is none', () => {
    expect(linkToken('?token=eyJ.a-b_c.d')).toBe('eyJ.a-b_c.d');
    expect(linkToken('?utm=x&token=%20abc%20')).toBe('abc');
    expect(linkToken('?token=')).toBeNull();
    expect(linkToken('')).toBeNull();
  });
});

describe('verifying the email', () => {
  it('posts the token without a bearer token and says which address is verified', async () => {
    const { client, calls } = setUp(() => json(200, { email: 'ann@example.com', email_verified: true }), true);

    expect(await verifyEmail(client, 'T1')).toEqual({ kind: 'verified', email: 'ann@example.com' });
    expect(calls.map((c) => [c.method, c.path, c.authorization, JSON.parse(c.body)])).toEqual([
      ['POST', '/auth/verify-email', null, { token: 'T1' }],
    ]);
  });

  it('tells an invalid or expired link from other failures', async () => {
    expect(await verifyEmail(setUp(tokenRefused).client, 'bad')).toEqual({ kind: 'invalid-link' });
    expect(await verifyEmail(setUp(() => json(500, { status: 500, title: 'Internal', detail: 'Boom' })).client, 'T'))
      .toEqual({ kind: 'failed', message: 'Boom' });
    expect(await verifyEmail(setUp(() => Promise.reject(new TypeError('offline'))).client, 'T'))
      .toEqual({ kind: 'failed', message: 'Could not reach CareerVault (offline). Try again.' });
  });
});

describe('resending the verification email', () => {
  it('sends the bearer token and reports the address mailed', async () => {
    const { client, calls } = setUp(() => json(202, { email: 'ann@example.com', email_verified: false }), true);

    expect(await resendVerification(client)).toEqual({ kind: 'sent', email: 'ann@example.com' });
    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual([['POST', '/auth/verify-email/resend', `Bearer ${ACCESS}`]]);
  });

  it('knows 409 as already verified and 429 as a wait', async () => {
    expect(await resendVerification(setUp(() => problem(409), true).client)).toEqual({ kind: 'already-verified' });
    expect(await resendVerification(setUp(() => rateLimited(45), true).client))
      .toEqual({ kind: 'failed', message: 'Too many attempts; try again in 45 s.' });
  });
});

describe('forgot password', () => {
  it('is sent for the address and answers the same sentence whatever the account', async () => {
    const { client, calls } = setUp(() => json(202, { accepted: true }));

    expect(await requestPasswordReset(client, 'ann@example.com')).toEqual({ kind: 'sent' });
    expect(calls.map((c) => [c.path, c.authorization, JSON.parse(c.body)])).toEqual([
      ['/auth/forgot-password', null, { email: 'ann@example.com' }],
    ]);
  });

  it('puts a bad address on its field and a 429 in the alert', async () => {
    expect(await requestPasswordReset(setUp(() => problem(400, [{ field: 'email', message: 'must be an email' }])).client, 'x'))
      .toEqual({ kind: 'refused', errors: { fieldErrors: { email: 'must be an email' }, message: null } });
    expect(await requestPasswordReset(setUp(() => rateLimited(600)).client, 'a@b.c'))
      .toEqual({ kind: 'refused', errors: { fieldErrors: {}, message: 'Too many attempts; try again in 10 min.' } });
  });
});

describe('resetting the password', () => {
  it('posts the token and the new password', async () => {
    const { client, calls } = setUp(() => json(200, { password_changed: true }));

    expect(await resetPassword(client, 'R1', 'N3w-secret')).toEqual({ kind: 'reset' });
    expect(calls.map((c) => [c.path, c.authorization, JSON.parse(c.body)])).toEqual([
      ['/auth/reset-password', null, { token: 'R1', password: 'N3w-secret' }],
    ]);
  });

  it('tells a used or expired link from a weak password', async () => {
    expect(await resetPassword(setUp(tokenRefused).client, 'used', 'N3w-secret')).toEqual({ kind: 'invalid-link' });
    expect(await resetPassword(setUp(() => problem(400, [{ field: 'password', message: 'needs a symbol' }])).client, 'R', 'weak'))
      .toEqual({ kind: 'refused', errors: { fieldErrors: { password: 'needs a symbol' }, message: null } });
  });
});

describe('unsubscribing', () => {
  it('posts to /unsubscribe with the token in the query, no bearer token, and names the address', async () => {
    const { client, calls } = setUp(() => json(200, { email: 'ann@example.com', reminders_enabled: false }), true);
    const requests: string[] = [];
    const seen = await unsubscribe(
      createApiClient({
        baseUrl: 'http://careervault.test',
        fetch: async (input, init) => {
          requests.push(new Request(input, init).url);
          return json(200, { email: 'ann@example.com', reminders_enabled: false });
        },
        tokens: new TokenStore(new MemoryStorage()),
        serviceStatus: new ServiceStatus(),
      }),
      'a.b+c/d',
    );

    expect(await unsubscribe(client, 'U1')).toEqual({ kind: 'unsubscribed', email: 'ann@example.com' });
    expect(calls.map((c) => [c.method, c.path, c.authorization, c.body, c.headers.get('Content-Type')])).toEqual([
      ['POST', '/unsubscribe', null, '{}', 'application/json'],
    ]);
    expect(seen).toEqual({ kind: 'unsubscribed', email: 'ann@example.com' });
    expect(new URL(requests[0]!).searchParams.get('token')).toBe('a.b+c/d');
  });

  it('says an invalid or expired link is one', async () => {
    expect(await unsubscribe(setUp(tokenRefused).client, 'old')).toEqual({ kind: 'invalid-link' });
  });
});

describe('changing the email', () => {
  it('puts the new address and the password, and answers the new unverified address', async () => {
    const { client, calls } = setUp(() => json(202, { email: 'new@example.com', email_verified: false }), true);

    expect(await changeEmail(client, 'new@example.com', 'Secret-1')).toEqual({ kind: 'changed', email: 'new@example.com' });
    expect(calls.map((c) => [c.method, c.path, c.authorization, JSON.parse(c.body)])).toEqual([
      ['PUT', '/auth/me/email', `Bearer ${ACCESS}`, { email: 'new@example.com', password: 'Secret-1' }],
    ]);
  });

  it('puts a wrong password, a taken address and the same address on their fields', async () => {
    const refused = (field: string, message: string, status = 400) =>
      changeEmail(setUp(() => problem(status, [{ field, message }]), true).client, 'x@example.com', 'pw');

    expect(await refused('password', 'The password is wrong')).toEqual({
      kind: 'refused',
      errors: { fieldErrors: { password: 'The password is wrong' }, message: null },
    });
    expect(await refused('email', 'Another account uses this email', 409)).toEqual({
      kind: 'refused',
      errors: { fieldErrors: { email: 'Another account uses this email' }, message: null },
    });
  });
});

describe('changing the password', () => {
  it('puts the current and the new password', async () => {
    const { client, calls } = setUp(() => json(200, { password_changed: true }), true);

    expect(await changePassword(client, 'Old-pass1', 'New-pass2')).toEqual({ kind: 'changed' });
    expect(calls.map((c) => [c.method, c.path, JSON.parse(c.body)])).toEqual([
      ['PUT', '/auth/me/password', { current_password: 'Old-pass1', new_password: 'New-pass2' }],
    ]);
  });

  it('puts a wrong current password on its field, and a 429 in the alert', async () => {
    expect(await changePassword(setUp(() => problem(400, [{ field: 'current_password', message: 'is wrong' }]), true).client, 'x', 'y'))
      .toEqual({ kind: 'refused', errors: { fieldErrors: { current_password: 'is wrong' }, message: null } });
    expect(await changePassword(setUp(() => rateLimited(90), true).client, 'x', 'y'))
      .toEqual({ kind: 'refused', errors: { fieldErrors: {}, message: 'Too many attempts; try again in 90 s.' } });
  });
});
