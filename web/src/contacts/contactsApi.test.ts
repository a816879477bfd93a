import { beforeEach, describe, expect, it } from 'vitest';
import { createApiClient, tokens } from '../api/client';
import { ServiceStatus } from '../api/serviceStatus';
import { json, jwt, scriptedFetch, type Call } from '../api/testing';
import { addContact, changeContact, downloadVCard, listContacts, loadContact, markContacted, removeContact } from './contactsApi';
import type { Contact, ContactClient } from './contactTypes';

const ACCESS = jwt({ sub: 'u1', exp: Date.now() / 1000 + 3600 });
const GRACE: Contact = { contact_id: 'c1', name: 'Grace Hopper', company: 'Acme', job_ids: ['j1'], created_at: '2026-03-01T10:00:00Z' };

function setUp(handler: (call: Call) => Response | Promise<Response>) {
  const { fetch, calls } = scriptedFetch(handler);
  const client = createApiClient({ baseUrl: 'http://careervault.test', fetch, tokens, serviceStatus: new ServiceStatus() });
  return { client: client as unknown as ContactClient, calls };
}

beforeEach(() => tokens.save({ access_token: ACCESS, id_token: 'id', refresh_token: 'refresh' }));

describe('the contacts API', () => {
  it('searches with q only when there is one', async () => {
    const { client, calls } = setUp(() => json(200, { items: [GRACE] }));
    expect(await listContacts(client, '  acme ')).toEqual({ kind: 'list', items: [GRACE] });
    await listContacts(client, ' ');
    expect(calls.map((c) => `${c.path}${c.search}`)).toEqual(['/api/contacts?q=acme', '/api/contacts']);
  });

  it('adds, changes (merge patch), marks contacted ({}), removes, with Prefer: wait', async () => {
    const { client, calls } = setUp((call) => (call.method === 'DELETE' ? new Response(null, { status: 204 }) : json(call.method === 'POST' && call.path === '/api/contacts' ? 201 : 200, GRACE)));
    expect(await addContact(client, { name: 'Grace Hopper', job_ids: ['j1'] })).toEqual({ kind: 'saved', contact: GRACE });
    await changeContact(client, 'c1', { role: null });
    await markContacted(client, 'c1');
    expect(await removeContact(client, 'c1')).toEqual({ kind: 'saved', contact: undefined });
    expect(calls.map((c) => [c.method, c.path, c.headers.get('Content-Type'), c.headers.get('Prefer'), c.body])).toEqual([
      ['POST', '/api/contacts', 'application/json', 'wait=5', '{"name":"Grace Hopper","job_ids":["j1"]}'],
      ['PATCH', '/api/contacts/c1', 'application/merge-patch+json', 'wait=5', '{"role":null}'],
      ['POST', '/api/contacts/c1/contacted', 'application/json', 'wait=5', '{}'],
      ['DELETE', '/api/contacts/c1', null, 'wait=5', ''],
    ]);
  });

  it('takes a 202 (ContactAccepted: ids, no contact) as saved, shown in a moment', async () => {
    const { client } = setUp(() => json(202, { contact_id: 'c1', event_id: 'e1' }));
    expect(await addContact(client, { name: 'Grace Hopper' })).toEqual({ kind: 'saved', contact: undefined });
    expect(await markContacted(client, 'c1')).toEqual({ kind: 'saved', contact: undefined });
  });

  it("puts the API's field problems on the fields (a job of another user on job_ids)", async () => {
    const { client } = setUp(() =>
      json(422, { title: 'Invalid request', status: 422, errors: [{ field: 'job_ids[1]', message: 'no such job' }, { field: 'email', message: 'is not an email address' }] }),
    );
    expect(await addContact(client, { name: 'X', email: 'x', job_ids: ['j1', 'j2'] })).toEqual({
      kind: 'refused', errors: { fieldErrors: { job_ids: 'no such job', email: 'is not an email address' }, message: null },
    });
  });

  it('loads one, a 404 as missing', async () => {
    const { client } = setUp((call) => (call.path === '/api/contacts/c1' ? json(200, GRACE) : json(404, { title: 'Not Found', status: 404 })));
    expect(await loadContact(client, 'c1')).toEqual({ kind: 'contact', contact: GRACE });
    expect(await loadContact(client, 'c2')).toEqual({ kind: 'missing' });
  });

  it('downloads one vCard or all of them', async () => {
    const card = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Grace Hopper\r\nEND:VCARD\r\n';
    const { client, calls } = setUp((call) =>
      new Response(card, { status: 200, headers: call.path === '/api/contacts/c1.vcf' ? { 'Content-Type': 'text/vcard', 'Content-Disposition': 'attachment; filename="grace-hopper.vcf"' } : {} }),
    );
    const one = await downloadVCard(client, 'c1');
    const all = await downloadVCard(client);
    expect(calls.map((c) => [c.path, c.authorization])).toEqual([['/api/contacts/c1.vcf', `Bearer ${ACCESS}`], ['/api/contacts.vcf', `Bearer ${ACCESS}`]]);
    expect(one.kind === 'file' && one.fileName).toBe('grace-hopper.vcf');
    expect(all.kind === 'file' && all.fileName).toMatch(/^careervault-contacts-\d{4}-\d{2}-\d{2}\.vcf$/);
    expect(all.kind === 'file' && (await all.blob.text())).toBe(card);
  });
});
