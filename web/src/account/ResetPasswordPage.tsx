import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, tokens } from '../api/client';
import { AuthFrame } from '../auth/AuthFrame';
import { PasswordField } from '../auth/PasswordField';
import { passwordProblem } from '../auth/passwordPolicy';
import { FormAlert, SubmitRow } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { linkToken, resetPassword, type ResetPasswordField } from './accountApi';
import './account.css';

const FIELDS: readonly ResetPasswordField[] = ['password'];

/** The login page's note after a reset (router state `notice`). */
export const PASSWORD_RESET_NOTICE = 'password-reset';

/**
 * `/reset-password?token=…`, the link of the password reset email: a new
 * password (the same live checklist as sign-up) → `POST /auth/reset-password`.
 * The reset ends every session, this tab's too, so success goes to the login page.
 */
export function ResetPasswordPage() {
  const token = linkToken(useLocation().search);
  const navigate = useNavigate();
  const { formRef, errors, setErrors, refuse, busy, send, fieldErrorCount } = useFormSubmission(FIELDS);
  const [password, setPassword] = useState('');
  const [invalidLink, setInvalidLink] = useState(token === null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!token) return;
    const weak = passwordProblem(password);
    if (weak) {
      refuse({ fieldErrors: { password: weak }, message: null });
      return;
    }
    await send(async () => {
      const outcome = await resetPassword(api, token, password);
      switch (outcome.kind) {
        case 'reset':
          if (tokens.get()) tokens.clear('logout'); // the API ended every session, this one too
          await navigate('/login', { replace: true, state: { notice: PASSWORD_RESET_NOTICE } });
          break;
        case 'invalid-link':
          setInvalidLink(true);
          break;
        case 'refused':
          refuse(outcome.errors);
          break;
        case 'failed':
          refuse({ fieldErrors: {}, message: outcome.message });
          break;
      }
    });
  }

  return (
    <AuthFrame title="Set a new password">
      <div className="link-page">
        {invalidLink ? (
          <>
            <p role="alert" className="link-outcome bad">
              This link is invalid, has expired or was used already. A reset link is valid for 1 hour and works once.
            </p>
            <p>
              <Link to="/forgot-password">Get a new link</Link>
            </p>
          </>
        ) : (
          <form ref={formRef} className="form" noValidate onSubmit={submit}>
            <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
            <PasswordField
              id="reset-password"
              label="New password"
              name="password"
              purpose="new"
              value={password}
              error={errors.fieldErrors.password}
              onChange={(value) => {
                setErrors({ fieldErrors: {}, message: null });
                setPassword(value);
              }}
            />
            <p className="field-hint">Setting it logs you out on every device.</p>
            <SubmitRow busy={busy} label="Set new password" busyLabel="Setting…" />
          </form>
        )}
      </div>
    </AuthFrame>
  );
}
