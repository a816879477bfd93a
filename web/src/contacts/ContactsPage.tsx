import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { saveBlob } from '../api/download';
import { dateTime } from '../jobs/dates';
import { loadAllJobs } from '../jobs/loadAll';
import { jobName, type Job } from '../jobs/statuses';
import { useDraft } from '../forms/useDraft';
import { useNotify } from '../layout/notifications';
import { ContactActions } from './ContactActions';
import { ContactForm } from './ContactForm';
import { contactRequestOf, emptyContactForm, roleAt, type ContactFormValues } from './contactForm';
import { addContact, downloadVCard, listContacts } from './contactsApi';
import { contactClient, type Contact, type ContactClient } from './contactTypes';
import './contacts.css';

/** The user's jobs for picking and naming (the first 1000, newest first); undefined while loading. */
export function useJobs(): Job[] | undefined {
  const [jobs, setJobs] = useState<Job[]>();
  useEffect(() => {
    const abort = new AbortController();
    loadAllJobs(abort.signal)
      .then(({ jobs }) => setJobs(jobs))
      .catch(() => !abort.signal.aborted && setJobs([]));
    return () => abort.abort();
  }, []);
  return jobs;
}

/** "Last contacted 3 Mar 2026, 10:00", or nothing. */
export function lastContacted(contact: Contact): string | undefined {
  return contact.last_contacted_at ? `Last contacted ${dateTime.format(new Date(contact.last_contacted_at))}` : undefined;
}

/**
 * `/contacts`: the people met while applying. Search by name or company (`?q=`), each contact's
 * actions, "Download all (vCard)", and "Add a contact" (`?job=` links the new contact to that job).
 */
export function ContactsPage({ client = contactClient }: { client?: ContactClient }) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const forJob = params.get('job');
  const [typed, setTyped] = useState(q);
  const [contacts, setContacts] = useState<Contact[]>();
  const [loadError, setLoadError] = useState<string>();
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const jobs = useJobs();
  const jobNames = useMemo(() => new Map((jobs ?? []).map((j) => [j.job_id, jobName(j)])), [jobs]);
  const notify = useNotify();
  const [draft, setDraft, clearDraft] = useDraft<ContactFormValues>('contact-new', { ...emptyContactForm, job_ids: forJob ? [forJob] : [] });

  useEffect(() => {
    document.title = 'Contacts · CareerVault';
  }, []);

  // the search applies once typing pauses
  useEffect(() => {
    if (typed === q) return;
    const later = setTimeout(() => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        if (typed.trim()) next.set('q', typed);
        else next.delete('q');
        return next;
      }, { replace: true });
    }, 300);
    return () => clearTimeout(later);
  }, [typed, q, setParams]);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const outcome = await listContacts(client, q, signal);
      if (outcome.kind === 'list') {
        setContacts(outcome.items);
        setLoadError(undefined);
      } else setLoadError(outcome.message);
    },
    [client, q],
  );

  useEffect(() => {
    const abort = new AbortController();
    load(abort.signal).catch(() => undefined);
    return () => abort.abort();
  }, [load]);

  async function downloadAll() {
    setProblem('');
    setSaid('');
    const file = await downloadVCard(client);
    if (file.kind === 'failed') setProblem(file.message);
    else {
      saveBlob(file.blob, file.fileName);
      setSaid(`Downloaded ${file.fileName}.`);
    }
  }

  return (
    <main id="main" className="contacts-page">
      <div className="page-head">
        <h1>Contacts</h1>
        <div className="actions">
          <button type="button" className="button" onClick={() => void downloadAll()}>Download all (vCard)</button>
          <a className="button primary" href="#add-contact">Add a contact</a>
        </div>
      </div>
      <p>The people you meet while applying: recruiters, interviewers, referrals. Link them to jobs and interviews.</p>
      <p role="status" className="form-status">{said}</p>
      <p role="alert" className="contacts-problem">{problem}</p>
      <div className="contact-search" role="search">
        <label htmlFor="contact-search">Search contacts</label>
        <input id="contact-search" type="search" aria-describedby="contact-search-hint" value={typed} onChange={(e) => setTyped(e.target.value)} />
        <span id="contact-search-hint" className="field-hint">By name or company.</span>
      </div>
      {loadError && <p role="alert" className="error">{loadError}</p>}
      {!contacts && !loadError && <p role="status">Loading your contacts…</p>}
      {contacts?.length === 0 && <p className="muted">{q.trim() ? `No contact's name or company has "${q.trim()}".` : 'No contacts yet.'}</p>}
      {contacts && contacts.length > 0 && (
        <ul className="contact-list" aria-label="Contacts">
          {contacts.map((contact) => (
            <li key={contact.contact_id} className="contact">
              <p className="contact-name">
                <Link to={`/contacts/${contact.contact_id}`}>{contact.name}</Link>
              </p>
              {roleAt(contact) && <p>{roleAt(contact)}</p>}
              {contact.email && <p><a href={`mailto:${contact.email}`}>{contact.email}</a></p>}
              {contact.phone && <p><a href={`tel:${contact.phone.replace(/\s+/g, '')}`}>{contact.phone}</a></p>}
              {contact.job_ids.length > 0 && (
                <p>
                  Jobs:{' '}
                  {contact.job_ids.map((jobId, i) => (
                    <span key={jobId}>
                      {i > 0 && ', '}
                      <Link to={`/jobs/${jobId}`}>{jobNames.get(jobId) ?? 'a job'}</Link>
                    </span>
                  ))}
                </p>
              )}
              {lastContacted(contact) && <p className="muted">{lastContacted(contact)}</p>}
              <ContactActions
                contact={contact}
                client={client}
                onContacted={(changed) => (changed ? setContacts((list) => list?.map((c) => (c.contact_id === changed.contact_id ? changed : c))) : void load())}
                onRemoved={() => setContacts((list) => list?.filter((c) => c.contact_id !== contact.contact_id))}
                onSaid={setSaid}
                onProblem={setProblem}
              />
            </li>
          ))}
        </ul>
      )}
      <section id="add-contact" className="contact-section" aria-labelledby="add-contact-title" tabIndex={-1}>
        <h2 id="add-contact-title">Add a contact</h2>
        <ContactForm
          idPrefix="contact-new"
          values={draft}
          onChange={setDraft}
          jobs={jobs}
          submitLabel="Add contact"
          onSubmit={async (values) => {
            const outcome = await addContact(client, contactRequestOf(values));
            if (outcome.kind === 'refused') return outcome.errors;
            clearDraft();
            notify({ message: `Added ${values.name.trim()}.` });
            setSaid(`Added ${values.name.trim()}.`);
            await load();
            return null;
          }}
        />
      </section>
    </main>
  );
}

export default ContactsPage;
