import { characterCount, tooLong } from '../forms/CharacterCount';
import { isHttpUrl } from '../interviews/interviewForm';
import type { Contact, ContactPatch, ContactRequest } from './contactTypes';

/** `ContactLimits` (contracts): code points after NFC. */
export const CONTACT_LIMITS = { name: 200, role: 200, company: 200, email: 254, phone: 50, profileUrl: 2048, notes: 5000, jobs: 50 } as const;

/** The contact form's fields as the inputs hold them. */
export interface ContactFormValues {
  name: string;
  role: string;
  company: string;
  email: string;
  phone: string;
  profile_url: string;
  notes: string;
  job_ids: string[];
}

export type ContactField = keyof ContactFormValues;
export const CONTACT_FIELDS: readonly ContactField[] = ['name', 'role', 'company', 'email', 'phone', 'profile_url', 'notes', 'job_ids'];
const TEXTS = ['role', 'company', 'email', 'phone', 'profile_url', 'notes'] as const;

export const emptyContactForm: ContactFormValues = { name: '', role: '', company: '', email: '', phone: '', profile_url: '', notes: '', job_ids: [] };

export function contactFormOf(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    role: contact.role ?? '',
    company: contact.company ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    profile_url: contact.profile_url ?? '',
    notes: contact.notes ?? '',
    job_ids: [...contact.job_ids],
  };
}

/** What the API would refuse, found before sending. */
export function checkContactForm(v: ContactFormValues): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  const name = v.name.trim();
  if (!name) errors.name = 'Enter the name.';
  const limits: [ContactField, string, number][] = [
    ['name', 'name', CONTACT_LIMITS.name], ['role', 'role', CONTACT_LIMITS.role], ['company', 'company', CONTACT_LIMITS.company],
    ['email', 'email', CONTACT_LIMITS.email], ['phone', 'phone number', CONTACT_LIMITS.phone], ['notes', 'notes', CONTACT_LIMITS.notes],
  ];
  for (const [field, what, max] of limits) {
    const found = tooLong(what, characterCount((v[field] as string).trim()), max);
    if (found && !errors[field]) errors[field] = found;
  }
  const email = v.email.trim();
  if (email && !errors.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.email = 'Enter an email such as name@example.com.';
  const url = v.profile_url.trim();
  if (url && !isHttpUrl(url)) errors.profile_url = 'Enter a web address starting with https:// or http://.';
  if (v.job_ids.length > CONTACT_LIMITS.jobs) errors.job_ids = `Link at most ${CONTACT_LIMITS.jobs} jobs.`;
  return errors;
}

/** `POST /api/contacts`'s body: trimmed, blank fields left out. */
export function contactRequestOf(v: ContactFormValues): ContactRequest {
  const body: ContactRequest = { name: v.name.trim() };
  for (const key of TEXTS) {
    const value = v[key].trim();
    if (value) body[key] = value;
  }
  if (v.job_ids.length > 0) body.job_ids = [...v.job_ids];
  return body;
}

/** The JSON Merge Patch (RFC 7396) from `before` to `after`: changed fields, `null` for a cleared one, `[]` for no jobs. */
export function contactPatchOf(before: ContactFormValues, after: ContactFormValues): ContactPatch {
  const patch: ContactPatch = {};
  if (after.name.trim() !== before.name.trim()) patch.name = after.name.trim();
  for (const key of TEXTS) {
    const a = after[key].trim();
    if (a !== before[key].trim()) patch[key] = a || null;
  }
  const ids = (list: readonly string[]) => [...list].sort().join('\u0000');
  if (ids(after.job_ids) !== ids(before.job_ids)) patch.job_ids = [...after.job_ids];
  return patch;
}

/** "Recruiter at Acme": a contact's role and company, as far as known. */
export function roleAt(contact: { role?: string | null; company?: string | null }): string {
  if (contact.role && contact.company) return `${contact.role} at ${contact.company}`;
  return contact.role || contact.company || '';
}
