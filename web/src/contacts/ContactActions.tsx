import { useState } from 'react';
import { saveBlob } from '../api/download';
import { downloadVCard, markContacted, refusalMessage, removeContact } from './contactsApi';
import type { Contact, ContactClient } from './contactTypes';

/**
 * A contact's actions: "Contacted today", "Download vCard" and "Remove" (asked once more, as
 * removing deletes their details). What happened is told through `onSaid` / `onProblem`.
 */
export function ContactActions({
  contact,
  client,
  onContacted,
  onRemoved,
  onSaid,
  onProblem,
}: {
  contact: Contact;
  client: ContactClient;
  onContacted: (contact: Contact | undefined) => void;
  onRemoved: () => void;
  onSaid: (sentence: string) => void;
  onProblem: (sentence: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);

  async function act(work: () => Promise<void>) {
    setBusy(true);
    onProblem('');
    onSaid('');
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const contacted = () =>
    act(async () => {
      const outcome = await markContacted(client, contact.contact_id);
      if (outcome.kind === 'refused') onProblem(refusalMessage(outcome, 'It was not recorded. Try again.'));
      else {
        onContacted(outcome.contact);
        onSaid(`Recorded that you contacted ${contact.name} today.`);
      }
    });

  const download = () =>
    act(async () => {
      const file = await downloadVCard(client, contact.contact_id);
      if (file.kind === 'failed') onProblem(file.message);
      else {
        saveBlob(file.blob, file.fileName);
        onSaid(`Downloaded ${file.fileName}.`);
      }
    });

  const remove = () =>
    act(async () => {
      const outcome = await removeContact(client, contact.contact_id);
      setConfirming(false);
      if (outcome.kind === 'refused') onProblem(refusalMessage(outcome, `${contact.name} was not removed. Try again.`));
      else {
        onSaid(`Removed ${contact.name}.`);
        onRemoved();
      }
    });

  return (
    <div className="contact-actions">
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void contacted()}>Contacted today</button>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void download()}>Download vCard</button>
      {confirming ? (
        <>
          <span>Remove {contact.name} and their details?</span>
          <button type="button" className="button button-secondary danger" disabled={busy} onClick={() => void remove()}>Yes, remove</button>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => setConfirming(false)}>Keep</button>
        </>
      ) : (
        <button type="button" className="button button-secondary danger" disabled={busy} onClick={() => setConfirming(true)}>Remove</button>
      )}
    </div>
  );
}
