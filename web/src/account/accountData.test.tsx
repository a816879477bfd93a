import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../api/testing';
import { LoginPage } from '../auth/LoginPage';
import { endDeletedAccountSession } from '../auth/session';
import { tabStorage } from '../auth/tabStorage';
import { readDraft, writeDraft } from '../forms/drafts';
import { confirmed, DeleteAccountSection, DownloadDataSection } from './AccountDataSections';
import { deleteAccount, downloadMyData, WRONG_PASSWORD } from './accountDataApi';
import type { AccountDataClient } from './accountDataTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });
const REFRESHED = jwt({ sub: 'u1', exp: Date.now() / 1000 + 7200 });

/** A client over a scripted fetch, with the app's own token store (the one the sign-out clears). */
function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch((call) =>
    call.path === '/auth/refresh' ? json(200, { access_token: REFRESHED, expires_in: 3600, token_type: 'Bearer' }) : handler(call),
  );
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as AccountDataClient, calls };
}

function render(node: ReactNode, url = '/') {
  const html = renderToStaticMarkup(<MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>);
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
}

/** The start of a ZIP (a local file header's signature and version): the bytes pass through unchanged. */
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x08, 0x08, 0x08, 0x00]);

beforeEach(() => {
  tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' });
});

describe('download my data', () => {
  it('fetches GET /api/me/export.zip with the bearer token and keeps the ZIP and its file name', async () => {
    const { client, calls } = setUp(() =>
      new Response(ZIP, {
        status: 200,
        headers: { 'Content-Type': 'application/zip', 'Content-Disposition': 'attachment; filename="careervault-export-2026-12-01.zip"' },
      }),
    );

    const outcome = await downloadMyData(client);

    expect(calls.map((c) => [c.method, c.path, c.authorization])).toEqual([['GET', '/api/me/export.zip', `Bearer ${ACCESS}`]]);
    expect(outcome.kind).toBe('file');
    if (outcome.kind !== 'file') return;
    expect(outcome.fileName).toBe('careervault-export-2026-12-01.zip');
    expect(outcome.blob.type).toBe('application/zip');
    expect(new Uint8Array(await outcome.blob.arrayBuffer())).toEqual(ZIP);
  });

  it('names and types the file itself when the answer lost its headers', async () => {
    const { client } = setUp(() => new Response(ZIP, { status: 200 }));

    const outcome = await downloadMyData(client);

    expect(outcome.kind).toBe('file');
    if (outcome.kind !== 'file') return;
    expect(outcome.fileName).toMatch(/^careervault-export-\d{4}-\d{2}-\d{2}\.zip$/);
    expect(outcome.blob.type).toBe('application/zip');
  });

  it('says why when the API refuses', async () => {
    const { client } = setUp(() => json(503, { title: 'Service Unavailable', status: 503, detail: 'The read model is not answering' }));
    expect(await downloadMyData(client)).toEqual({ kind: 'failed', message: 'The read model is not answering' });
  });
});

describe('delete the account', () => {
  it('sends DELETE /api/me with the password, then signs the tab out and forgets its drafts', async () => {
    writeDraft(tabStorage(), 'job-new', { company: 'Acme' });
    const { client, calls } = setUp(() => new Response(null, { status: 204 }));

    const outcome = await deleteAccount(client, 'TestPass123!', endDeletedAccountSession);

    expect(outcome).toEqual({ kind: 'deleted' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: 'DELETE', path: '/api/me', authorization: `Bearer ${ACCESS}` });
    expect(JSON.parse(calls[0]!.body)).toEqual({ password: 'TestPass123!' });
    expect(calls[0]!.headers.get('Content-Type')).toBe('application/json');
    expect(tokens.get()).toBeNull();
    expect(tokens.endedBy()).toBe('deleted');
    expect(readDraft(tabStorage(), 'job-new')).toBeUndefined();
  });

  it('then the login page says the account was deleted', () => {
    endDeletedAccountSession();
    const { text } = render(<LoginPage />, '/login');
    expect(text).toContain('Your account was deleted.');
    expect(text).toContain('files you downloaded stay yours');
  });

  it('puts a wrong password on the password field and stays signed in', async () => {
    let signedOut = 0;
    const { client, calls } = setUp(() => json(403, { title: 'Forbidden', status: 403, detail: 'The password is not right' }));

    const outcome = await deleteAccount(client, 'wrong', () => (signedOut += 1));

    expect(outcome).toEqual({ kind: 'refused', errors: { fieldErrors: { password: WRONG_PASSWORD }, message: null } });
    expect(signedOut).toBe(0);
    expect(calls.map((c) => c.path)).toEqual(['/api/me']);
    expect(tokens.get()?.accessToken).toBe(ACCESS);
  });

  it('takes the API\'s own message for the password field, also after a 401 that a refresh did not cure', async () => {
    const { client, calls } = setUp(() =>
      json(401, { title: 'Unauthorized', status: 401, errors: [{ field: 'password', message: 'is incorrect' }] }),
    );
    const outcome = await deleteAccount(client, 'wrong', () => {
      throw new Error('must not sign out');
    });
    expect(outcome).toEqual({ kind: 'refused', errors: { fieldErrors: { password: 'is incorrect' }, message: null } });
    // the session middleware tried a fresh access token once
    expect(calls.map((c) => c.path)).toEqual(['/api/me', '/auth/refresh', '/api/me']);
  });

  it('says how long to wait after too many attempts', async () => {
    const { client } = setUp(() => json(429, { title: 'Too Many Requests', status: 429 }, { 'Retry-After': '30' }));
    const outcome = await deleteAccount(client, 'x', () => undefined);
    expect(outcome).toEqual({ kind: 'refused', errors: { fieldErrors: {}, message: 'Too many attempts; try again in 30 s.' } });
  });

  it('offers to repeat after a failure on the way', async () => {
    const { client } = setUp(() => json(500, { title: 'Internal Server Error', status: 500, detail: 'Cognito did not answer' }));
    const outcome = await deleteAccount(client, 'TestPass123!', () => undefined);
    expect(outcome).toEqual({
      kind: 'refused',
      errors: { fieldErrors: {}, message: 'Your account could not be deleted (Cognito did not answer). Try again: a repeat finishes what was started.' },
    });
    expect(tokens.get()).not.toBeNull();
  });
});

describe('the account page\'s data sections', () => {
  it('offer the download', () => {
    const { html, text } = render(<DownloadDataSection />);
    expect(html).toMatch(/<button type="button"[^>]*>Download my data<\/button>/);
    expect(text).toContain('One ZIP file with everything CareerVault holds about you');
    expect(text).toContain('every version of every document you uploaded');
  });

  it('explain what deleting removes and ask for the password and a typed confirmation', () => {
    const { html, text } = render(<DeleteAccountSection />);
    expect(text).toContain('every job you track');
    expect(text).toContain('reminder emails stop');
    expect(text).toContain('your email address is free again');
    expect(text).toContain('Files you already downloaded (a CSV export, your data) stay yours.');
    expect(html).toContain('<label for="delete-account-password">Password</label>');
    expect(html).toMatch(/<input id="delete-account-password"[^>]*type="password"/);
    expect(html).toContain('<label for="delete-account-confirm">Type DELETE to confirm</label>');
    expect(html).toMatch(/<button type="submit"[^>]*>Delete account<\/button>/);
  });

  it('take the confirmation in any case, and nothing else', () => {
    expect(confirmed(' delete ')).toBe(true);
    expect(confirmed('DELETE')).toBe(true);
    expect(confirmed('')).toBe(false);
    expect(confirmed('yes')).toBe(false);
  });
});
