import { describe, expect, it } from 'vitest';
import { checkContactForm, contactFormOf, contactPatchOf, contactRequestOf, emptyContactForm, roleAt } from './contactForm';
import type { Contact } from './contactTypes';

const contact: Contact = {
  contact_id: 'c1',
  name: 'Grace Hopper',
  role: 'Recruiter',
  company: 'Acme',
  email: 'grace@acme.example',
  profile_url: 'https://www.linkedin.com/in/grace',
  job_ids: ['j1', 'j2'],
  created_at: '2026-03-01T10:00:00Z',
};

describe('the contact form', () => {
  it('shows a contact, absent fields blank', () => {
    expect(contactFormOf(contact)).toEqual({
      name: 'Grace Hopper', role: 'Recruiter', company: 'Acme', email: 'grace@acme.example', phone: '',
      profile_url: 'https://www.linkedin.com/in/grace', notes: '', job_ids: ['j1', 'j2'],
    });
  });

  it('sends the trimmed fields, blank ones left out', () => {
    expect(contactRequestOf({ ...emptyContactForm, name: ' Grace Hopper ', company: ' Acme', phone: '  ' })).toEqual({ name: 'Grace Hopper', company: 'Acme' });
    expect(contactRequestOf({ ...contactFormOf(contact), notes: 'Met at the fair' })).toEqual({
      name: 'Grace Hopper', role: 'Recruiter', company: 'Acme', email: 'grace@acme.example',
      profile_url: 'https://www.linkedin.com/in/grace', notes: 'Met at the fair', job_ids: ['j1', 'j2'],
    });
  });

  it('patches only what changed, null for a cleared field, [] for no jobs', () => {
    const before = contactFormOf(contact);
    expect(contactPatchOf(before, { ...before, job_ids: ['j2', 'j1'], name: 'Grace Hopper ' })).toEqual({});
    expect(contactPatchOf(before, { ...before, role: '', phone: '+1 555 0100', job_ids: [] })).toEqual({ role: null, phone: '+1 555 0100', job_ids: [] });
    expect(contactPatchOf(before, { ...before, name: 'Grace B. Hopper', job_ids: ['j1', 'j3'] })).toEqual({ name: 'Grace B. Hopper', job_ids: ['j1', 'j3'] });
  });

  it('refuses what the API would refuse, on its field', () => {
    expect(checkContactForm(contactFormOf(contact))).toEqual({});
    expect(checkContactForm({ ...emptyContactForm, name: '  ' })).toEqual({ name: 'Enter the name.' });
    expect(Object.keys(checkContactForm({ ...emptyContactForm, name: 'A', email: 'grace', profile_url: 'linkedin.com/in/x', phone: '1'.repeat(51) })).sort()).toEqual([
      'email', 'phone', 'profile_url',
    ]);
  });

  it("writes a contact's role at the company", () => {
    expect(roleAt(contact)).toBe('Recruiter at Acme');
    expect(roleAt({ company: 'Acme' })).toBe('Acme');
    expect(roleAt({})).toBe('');
  });
});
