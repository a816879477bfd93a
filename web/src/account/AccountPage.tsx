import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { PasswordField } from '../auth/PasswordField';
import { passwordProblem } from '../auth/passwordPolicy';
import { profileStore, reloadProfile, useCurrentProfile } from '../auth/session';
import { Field, FormAlert, SubmitRow } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { changeEmail, changePassword, type ChangeEmailField, type ChangePasswordField } from './accountApi';
import { ResendVerification } from './ResendVerification';
import { DeleteAccountSection, DownloadDataSection } from './AccountDataSections';
import { ResumeSection } from '../jobs/ai/ResumeSection';
import { CalendarFeedSection } from '../calendar/CalendarFeedSection';
import './account.css';

/** `/account`: the email and whether it is verified, change email, change password, the resume, the calendar subscription, download my data, delete the account. */
export function AccountPage() {
  const profile = useCurrentProfile();
  useEffect(() => {
    document.title = 'Account · CareerVault';
  }, []);

  return (
    <main id="main" className="account-page">
      <h1>Account</h1>
      <section className="account-section" aria-labelledby="account-email-title">
        <h2 id="account-email-title">Email address</h2>
        {profile?.email ? (
          <p className="account-email">
            <strong>{profile.email}</strong>
            {profile.email_verified === true ? (
              <span className="email-state verified">Verified</span>
            ) : profile.email_verified === false ? (
              <span className="email-state unverified">Not verified</span>
            ) : null}
          </p>
        ) : (
          <p role="status">Loading your profile…</p>
        )}
        {profile?.email_verified === false && (
          <>
            <p>Reminder emails start once you open the link we sent to this address. Not there? Get a new one.</p>
            <ResendVerification />
          </>
        )}
      </section>
      <ChangeEmailSection />
      <ChangePasswordSection />
      <ResumeSection />
      <CalendarFeedSection />
      <DownloadDataSection />
      <DeleteAccountSection />
    </main>
  );
}

const EMAIL_FIELDS: readonly ChangeEmailField[] = ['email', 'password'];

function ChangeEmailSection() {
  const { formRef, errors, setErrors, refuse, fixing, busy, send, fieldErrorCount } = useFormSubmission(EMAIL_FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [status, setStatus] = useState('');

  /** The user changes a field: its error and the last outcome go. */
  const edited = (field: ChangeEmailField) => {
    setStatus('');
    fixing(field);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<ChangeEmailField, string>> = {};
    const address = email.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) found.email = address ? 'Enter an email such as name@example.com.' : 'Enter the new email.';
    if (!password) found.password = 'Enter your current password.';
    if (Object.keys(found).length > 0) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    setStatus('');
    await send(async () => {
      const outcome = await changeEmail(api, address, password);
      if (outcome.kind === 'changed') {
        setErrors({ fieldErrors: {}, message: null });
        setEmail('');
        setPassword('');
        profileStore.set({ email: outcome.email, email_verified: false }, true);
        setStatus(`Your email is now ${outcome.email}. We sent a verification link to it; reminders start once it is verified.`);
        await reloadProfile();
      } else if (outcome.kind === 'refused') refuse(outcome.errors);
      else refuse({ fieldErrors: {}, message: outcome.message });
    });
  }

  return (
    <section className="account-section" aria-labelledby="account-change-email-title">
      <h2 id="account-change-email-title">Change email</h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
        <Field id="change-email-email" label="New email" hint="Reminders go here once it is verified." error={errors.fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="email"
              maxLength={254}
              value={email}
              onChange={(e) => {
                edited('email');
                setEmail(e.target.value);
              }}
            />
          )}
        </Field>
        <PasswordField
          id="change-email-password"
          label="Current password"
          name="password"
          purpose="current"
          value={password}
          error={errors.fieldErrors.password}
          onChange={(value) => {
            edited('password');
            setPassword(value);
          }}
        />
        <SubmitRow busy={busy} label="Change email" busyLabel="Changing…" />
        <p role="status" className="form-status">{status}</p>
      </form>
    </section>
  );
}

const PASSWORD_FIELDS: readonly ChangePasswordField[] = ['current_password', 'new_password'];

function ChangePasswordSection() {
  const { formRef, errors, setErrors, refuse, fixing, busy, send, fieldErrorCount } = useFormSubmission(PASSWORD_FIELDS);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [status, setStatus] = useState('');

  /** The user changes a field: its error and the last outcome go. */
  const edited = (field: ChangePasswordField) => {
    setStatus('');
    fixing(field);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: Partial<Record<ChangePasswordField, string>> = {};
    if (!current) found.current_password = 'Enter your current password.';
    const weak = passwordProblem(next);
    if (weak) found.new_password = weak;
    if (Object.keys(found).length > 0) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    setStatus('');
    await send(async () => {
      const outcome = await changePassword(api, current, next);
      if (outcome.kind === 'changed') {
        setErrors({ fieldErrors: {}, message: null });
        setCurrent('');
        setNext('');
        setStatus('Your password is changed. Every other device was signed out; this one stays signed in.');
      } else if (outcome.kind === 'refused') refuse(outcome.errors);
      else refuse({ fieldErrors: {}, message: outcome.message });
    });
  }

  return (
    <section className="account-section" aria-labelledby="account-change-password-title">
      <h2 id="account-change-password-title">Change password</h2>
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
        <PasswordField
          id="change-password-current"
          label="Current password"
          name="current_password"
          purpose="current"
          value={current}
          error={errors.fieldErrors.current_password}
          onChange={(value) => {
            edited('current_password');
            setCurrent(value);
          }}
        />
        <PasswordField
          id="change-password-new"
          label="New password"
          name="new_password"
          purpose="new"
          value={next}
          error={errors.fieldErrors.new_password}
          onChange={(value) => {
            edited('new_password');
            setNext(value);
          }}
        />
        <SubmitRow busy={busy} label="Change password" busyLabel="Changing…" />
        <p role="status" className="form-status">{status}</p>
      </form>
    </section>
  );
}
