import { Link } from 'react-router';
import { roleAt } from './contactForm';
import type { ContactSummary } from './contactTypes';
import './contacts.css';

/** The job page's "Contacts": the people linked to the job, each a link to their page, and a way to add one. */
export function JobContactsSection({ jobId, contacts }: { jobId: string; contacts: readonly ContactSummary[] | undefined }) {
  return (
    <section className="job-contacts" aria-labelledby="job-contacts-title">
      <div className="section-head">
        <h2 id="job-contacts-title">Contacts</h2>
        <Link className="button" to={`/contacts?job=${encodeURIComponent(jobId)}#add-contact`}>Add a contact</Link>
      </div>
      {!contacts || contacts.length === 0 ? (
        <p className="muted">No contacts linked to this job yet.</p>
      ) : (
        <ul className="contact-chips" aria-label="Contacts of this job">
          {contacts.map((contact) => (
            <li key={contact.contact_id}>
              <Link to={`/contacts/${contact.contact_id}`}>{contact.name}</Link>
              {roleAt(contact) && <span className="muted"> — {roleAt(contact)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
