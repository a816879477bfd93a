import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { dateTime } from '../jobs/dates';
import { jobName } from '../jobs/statuses';
import { useDraft } from '../forms/useDraft';
import { useNotify } from '../layout/notifications';
import { ContactActions } from './ContactActions';
import { ContactForm } from './ContactForm';
import { contactFormOf, contactPatchOf, type ContactFormValues } from './contactForm';
import { changeContact, loadContact } from './contactsApi';
import { useJobs } from './ContactsPage';
import { contactClient, type Contact, type ContactClient } from './contactTypes';
import './contacts.css';

/** `/contacts/:contactId`: a contact's details, linked jobs, actions, and "Edit contact". */
export function ContactPage({ client = contactClient }: { client?: ContactClient }) {
  const { contactId = '' } = useParams();
  const [contact, setContact] = useState<Contact>();
  const [state, setState] = useState<'loading' | 'missing' | 'ready' | string>('loading');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const jobs = useJobs();
  const jobNames = useMemo(() => new Map((jobs ?? []).map((j) => [j.job_id, jobName(j)])), [jobs]);
  const navigate = useNavigate();
  const notify = useNotify();

  useEffect(() => {
    const abort = new AbortController();
    loadContact(client, contactId, abort.signal)
      .then((outcome) => {
        if (outcome.kind === 'contact') {
          setContact(outcome.contact);
          setState('ready');
          document.title = `${outcome.contact.name} · CareerVault`;
        } else setState(outcome.kind === 'missing' ? 'missing' : outcome.message);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [client, contactId]);

  if (!contact) {
    return (
      <main id="main" className="contacts-page">
        <h1>Contact</h1>
        {state === 'loading' ? (
          <p role="status">Loading…</p>
        ) : (
          <p role="alert" className="error">{state === 'missing' ? 'This contact does not exist (any more).' : state}</p>
        )}
        <p><Link to="/contacts">All contacts</Link></p>
      </main>
    );
  }

  const rows: [string, ReactNode][] = [
    ['Role', contact.role],
    ['Company', contact.company],
    ['Email', contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a>],
    ['Phone', contact.phone && <a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a>],
    ['Profile', contact.profile_url && <a href={contact.profile_url} rel="noopener noreferrer" target="_blank">{contact.profile_url}</a>],
    ['Notes', contact.notes],
    ['Jobs', contact.job_ids.length > 0 && (
      <ul className="contact-chips">
        {contact.job_ids.map((jobId) => (
          <li key={jobId}><Link to={`/jobs/${jobId}`}>{jobNames.get(jobId) ?? 'A job'}</Link></li>
        ))}
      </ul>
    )],
    ['Last contacted', contact.last_contacted_at && dateTime.format(new Date(contact.last_contacted_at))],
    ['Added', dateTime.format(new Date(contact.created_at))],
  ];

  return (
    <main id="main" className="contacts-page">
      <h1>{contact.name}</h1>
      <p role="status" className="form-status">{said}</p>
      <p role="alert" className="contacts-problem">{problem}</p>
      <dl className="job-fields">
        {rows.filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false).map(([k, v]) => (
          <div key={k} className="pair">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <ContactActions
        contact={contact}
        client={client}
        onContacted={(changed) => changed && setContact(changed)}
        onRemoved={() => {
          notify({ message: `Removed ${contact.name}.` });
          void navigate('/contacts');
        }}
        onSaid={setSaid}
        onProblem={setProblem}
      />
      <section className="contact-section" aria-labelledby="edit-contact-title">
        <h2 id="edit-contact-title">Edit contact</h2>
        <EditContact
          key={`${contact.contact_id}-${contact.updated_at ?? contact.created_at}`}
          contact={contact}
          client={client}
          jobs={jobs}
          onSaved={async (changed) => {
            if (changed) setContact(changed);
            else {
              // recorded, not yet in the read model's answer: look again
              const again = await loadContact(client, contact.contact_id);
              if (again.kind === 'contact') setContact(again.contact);
            }
            setSaid('Changes saved.');
          }}
        />
      </section>
      <p><Link to="/contacts">All contacts</Link></p>
    </main>
  );
}

function EditContact(props: { contact: Contact; client: ContactClient; jobs: Parameters<typeof ContactForm>[0]['jobs']; onSaved: (contact: Contact | undefined) => Promise<void> }) {
  const { contact, client, jobs, onSaved } = props;
  const base = useMemo(() => contactFormOf(contact), [contact]);
  const [values, setValues, clear] = useDraft<ContactFormValues>(`contact-edit:${contact.contact_id}`, base);
  return (
    <ContactForm
      idPrefix="contact-edit"
      values={values}
      onChange={setValues}
      jobs={jobs}
      submitLabel="Save changes"
      onSubmit={async (v) => {
        const patch = contactPatchOf(base, v);
        if (Object.keys(patch).length === 0) return null;
        const outcome = await changeContact(client, contact.contact_id, patch);
        if (outcome.kind === 'refused') return outcome.errors;
        clear();
        await onSaved(outcome.contact);
        return null;
      }}
    />
  );
}

export default ContactPage;
