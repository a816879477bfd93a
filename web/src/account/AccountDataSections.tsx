import { useState, type FormEvent } from 'react';
import { saveBlob } from '../api/download';
import { PasswordField } from '../auth/PasswordField';
import { endDeletedAccountSession } from '../auth/session';
import { Field, FormAlert } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { deleteAccount, downloadMyData, type DeleteAccountField } from './accountDataApi';
import { accountDataClient } from './accountDataTypes';

/** `/account`'s "Your data": everything CareerVault holds about the user, as a ZIP file (the JSON and the documents' files). */
export function DownloadDataSection() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  async function download() {
    setBusy(true);
    setStatus('');
    setProblem('');
    const outcome = await downloadMyData(accountDataClient);
    setBusy(false);
    if (outcome.kind === 'failed') {
      setProblem(outcome.message);
      return;
    }
    saveBlob(outcome.blob, outcome.fileName);
    setStatus(`Downloaded ${outcome.fileName}.`);
  }

  return (
    <section className="account-section" aria-labelledby="account-data-title">
      <h2 id="account-data-title">Your data</h2>
      <p>
        One ZIP file with everything CareerVault holds about you: a JSON file with your profile, your reminder settings, every
        job with its history and tags (also the recently deleted ones), your interviews and contacts, the reminders sent to
        you and your documents&apos; details, and every version of every document you uploaded, as you uploaded it. For a
        spreadsheet of your jobs, use Export CSV on the All jobs page.
      </p>
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void download()}>
          {busy ? 'Preparing…' : 'Download my data'}
        </button>
      </div>
      <p role="status" className="form-status">{status}</p>
      <p role="alert" className="account-problem">{problem}</p>
    </section>
  );
}

type DeleteField = DeleteAccountField | 'confirm';
const DELETE_FIELDS: readonly DeleteField[] = ['password', 'confirm'];
/** What the user types to confirm (any case): a deliberate act, not a stray click. */
export const CONFIRM_WORD = 'DELETE';

/** Whether the typed confirmation is the word, whatever its case and surrounding spaces. */
export function confirmed(typed: string): boolean {
  return typed.trim().toUpperCase() === CONFIRM_WORD;
}

/**
 * `/account`'s "Delete account": what goes, the password and a typed
 * confirmation, then `DELETE /api/me`. Once deleted the tab is signed out and the
 * login page says the account was deleted.
 */
export function DeleteAccountSection() {
  const { formRef, errors, refuse, fixing, busy, send, fieldErrorCount } = useFormSubmission(DELETE_FIELDS);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<DeleteField, string>> = {};
    if (!password) found.password = 'Enter your password.';
    if (!confirmed(confirm)) found.confirm = `Type ${CONFIRM_WORD} to confirm.`;
    if (Object.keys(found).length > 0) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    await send(async () => {
      const outcome = await deleteAccount(accountDataClient, password, endDeletedAccountSession);
      // deleted: the session is over, the route guard takes the tab to the login page
      if (outcome.kind === 'refused') refuse(outcome.errors);
    });
  }

  return (
    <section className="account-section account-danger" aria-labelledby="account-delete-title">
      <h2 id="account-delete-title">Delete account</h2>
      <p>Deleting your account cannot be undone. When you confirm:</p>
      <ul>
        <li>every job you track, with its history, tags and notes, is deleted (the recently deleted ones too);</li>
        <li>your contacts, and every document you uploaded with all its versions, are deleted;</li>
        <li>reminder emails stop at once;</li>
        <li>your email address is free again, for a new account if you like;</li>
        <li>you are signed out on every device.</li>
      </ul>
      <p>Files you already downloaded (a CSV export, your data) stay yours. Download your data first if you want a copy.</p>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
        <PasswordField
          id="delete-account-password"
          label="Password"
          name="password"
          purpose="current"
          value={password}
          error={errors.fieldErrors.password}
          onChange={(value) => {
            fixing('password');
            setPassword(value);
          }}
        />
        <Field
          id="delete-account-confirm"
          label={`Type ${CONFIRM_WORD} to confirm`}
          error={errors.fieldErrors.confirm}
        >
          {(control) => (
            <input
              {...control}
              name="confirm"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              value={confirm}
              onChange={(e) => {
                fixing('confirm');
                setConfirm(e.target.value);
              }}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button danger-button" disabled={busy}>
            {busy ? 'Deleting…' : 'Delete account'}
          </button>
        </div>
      </form>
    </section>
  );
}
