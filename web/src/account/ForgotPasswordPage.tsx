import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import { AuthFrame } from '../auth/AuthFrame';
import { Field, FormAlert, SubmitRow } from '../forms/Field';
import { useDraft } from '../forms/useDraft';
import { useFormSubmission } from '../forms/useFormSubmission';
import { requestPasswordReset, type ForgotPasswordField } from './accountApi';
import './account.css';

const FIELDS: readonly ForgotPasswordField[] = ['email'];

/** What the page says once the request is accepted, whether or not an account uses the address. */
export const RESET_LINK_SENT =
  'If an account uses this address, we sent a link to it to set a new password. The link is valid for 1 hour and works once.';

/**
 * `/forgot-password`: the account's email → `POST /auth/forgot-password`. The
 * answer is the same whether or not an account uses the address, and so is
 * what the page says.
 */
export function ForgotPasswordPage() {
  const { formRef, errors, setErrors, refuse, busy, send, fieldErrorCount } = useFormSubmission(FIELDS);
  const [email, setEmail, clearEmail] = useDraft('forgot-password-email', '');
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address)) {
      refuse({ fieldErrors: { email: address ? 'Enter an email such as name@example.com.' : 'Enter your email.' }, message: null });
      return;
    }
    await send(async () => {
      const outcome = await requestPasswordReset(api, address);
      if (outcome.kind === 'sent') {
        clearEmail();
        setSentTo(address);
      } else if (outcome.kind === 'refused') refuse(outcome.errors);
      else refuse({ fieldErrors: {}, message: outcome.message });
    });
  }

  return (
    <AuthFrame title="Forgot your password?">
      <div className="link-page">
        {sentTo ? (
          <>
            <p role="status" className="link-outcome ok">
              {RESET_LINK_SENT}
            </p>
            <p>
              Sent for <strong>{sentTo}</strong>. Nothing there after a few minutes? Check your spam folder, or{' '}
              <button type="button" className="link-button" onClick={() => setSentTo(null)}>
                try another address
              </button>
              .
            </p>
            <p>
              <Link to="/login">Back to log in</Link>
            </p>
          </>
        ) : (
          <>
            <p>Enter the email address of your account and we will send you a link to set a new password.</p>
            <form ref={formRef} className="form" noValidate onSubmit={submit}>
              <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
              <Field id="forgot-email" label="Email" error={errors.fieldErrors.email}>
                {(control) => (
                  <input
                    {...control}
                    name="email"
                    type="email"
                    autoComplete="email"
                    maxLength={254}
                    value={email}
                    onChange={(e) => {
                      setErrors({ fieldErrors: {}, message: null });
                      setEmail(e.target.value);
                    }}
                  />
                )}
              </Field>
              <SubmitRow busy={busy} label="Send reset link" busyLabel="Sending…" />
            </form>
            <p className="auth-switch">
              Remembered it? <Link to="/login">Log in</Link>
            </p>
          </>
        )}
      </div>
    </AuthFrame>
  );
}
