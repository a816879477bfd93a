import { fileOf, localIsoDate, type FileOutcome } from '../api/download';
import { toFormErrors, type FormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import { WAIT } from '../jobs/jobsApi';
import { CONTACT_FIELDS, type ContactField } from './contactForm';
import type { Contact, ContactClient, ContactPatch, ContactRequest } from './contactTypes';

/**
 * Issue 18's contact operations for the pages. Every function answers instead of throwing.
 * Commands send `Prefer: wait=5` (the answer has the contact when the read model had it in time).
 */
export type Failed = { readonly kind: 'failed'; readonly message: string };
export type Saved = { readonly kind: 'saved'; readonly contact?: Contact };
export type Refused = { readonly kind: 'refused'; readonly errors: FormErrors<ContactField> };

type AnyAnswer = { data?: unknown; error?: unknown; response: Response };

/** 200/201 (`Prefer: wait` met) carry the contact; a 202 only `{contact_id, event_id}` (`ContactAccepted`), a 204 nothing. */
function contactOf(answer: AnyAnswer): Contact | undefined {
  const { status } = answer.response;
  return status === 200 || status === 201 ? (answer.data as Contact | undefined) : undefined;
}

async function command(call: () => Promise<AnyAnswer>): Promise<Saved | Refused> {
  try {
    const answer = await call();
    if (answer.response.ok) return { kind: 'saved', contact: contactOf(answer) };
    return { kind: 'refused', errors: refusalOf(answer, CONTACT_FIELDS) };
  } catch (e) {
    return { kind: 'refused', errors: toFormErrors(e, CONTACT_FIELDS) };
  }
}

async function failedOf(e: unknown, fallback: string): Promise<Failed> {
  if (e instanceof DOMException && e.name === 'AbortError') throw e;
  return { kind: 'failed', message: toFormErrors(e).message ?? fallback };
}

/** `GET /api/contacts?q=`: every contact, or those whose name or company holds `q` (any case). */
export async function listContacts(client: ContactClient, q: string, signal?: AbortSignal): Promise<{ kind: 'list'; items: Contact[] } | Failed> {
  try {
    const query = q.trim() ? { q: q.trim() } : {};
    const answer = await client.GET('/api/contacts', { params: { query }, signal });
    if (answer.data) return { kind: 'list', items: answer.data.items };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'Your contacts could not be loaded.' };
  } catch (e) {
    return failedOf(e, 'Your contacts could not be loaded.');
  }
}

/** `GET /api/contacts/{contactId}`; `missing` on a 404 (removed, or never there). */
export async function loadContact(client: ContactClient, contactId: string, signal?: AbortSignal): Promise<{ kind: 'contact'; contact: Contact } | { kind: 'missing' } | Failed> {
  try {
    const answer = await client.GET('/api/contacts/{contactId}', { params: { path: { contactId } }, signal });
    if (answer.data) return { kind: 'contact', contact: answer.data };
    if (answer.response.status === 404) return { kind: 'missing' };
    return { kind: 'failed', message: refusalOf(answer).message ?? 'The contact could not be loaded.' };
  } catch (e) {
    return failedOf(e, 'The contact could not be loaded.');
  }
}

/** `POST /api/contacts` (ContactAdded). */
export function addContact(client: ContactClient, body: ContactRequest): Promise<Saved | Refused> {
  return command(() => client.POST('/api/contacts', { params: { header: { Prefer: WAIT } }, body }));
}

/** `PATCH /api/contacts/{contactId}` as a JSON Merge Patch (ContactChanged). */
export function changeContact(client: ContactClient, contactId: string, patch: ContactPatch): Promise<Saved | Refused> {
  return command(() =>
    client.PATCH('/api/contacts/{contactId}', {
      params: { path: { contactId }, header: { Prefer: WAIT } },
      body: patch,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}

/** `DELETE /api/contacts/{contactId}` (ContactRemoved). */
export function removeContact(client: ContactClient, contactId: string): Promise<Saved | Refused> {
  return command(() => client.DELETE('/api/contacts/{contactId}', { params: { path: { contactId }, header: { Prefer: WAIT } } }));
}

/** `POST /api/contacts/{contactId}/contacted` with `{}` (the API's now): "contacted today" (ContactContacted). */
export function markContacted(client: ContactClient, contactId: string): Promise<Saved | Refused> {
  return command(() => client.POST('/api/contacts/{contactId}/contacted', { params: { path: { contactId }, header: { Prefer: WAIT } }, body: {} }));
}

/** `GET /api/contacts/{contactId}.vcf`, or every contact (`GET /api/contacts.vcf`) without an id: vCard 4.0. */
export function downloadVCard(client: ContactClient, contactId?: string): Promise<FileOutcome> {
  return contactId
    ? fileOf(() => client.GET('/api/contacts/{contactId}.vcf', { params: { path: { contactId } }, parseAs: 'blob' }), 'contact.vcf', 'text/vcard')
    : fileOf(() => client.GET('/api/contacts.vcf', { parseAs: 'blob' }), `careervault-contacts-${localIsoDate()}.vcf`, 'text/vcard');
}

/** A sentence for a refusal outside a form (a message). */
export function refusalMessage(refused: Refused, fallback: string): string {
  const fields = Object.values(refused.errors.fieldErrors).filter(Boolean);
  return [refused.errors.message, ...fields].filter(Boolean).join(' ') || fallback;
}
