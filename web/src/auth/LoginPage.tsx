import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api, tokens } from '../api/client';
import type { FormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import { Field, FormAlert, SubmitRow } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { useDraft } from '../forms/useDraft';
import { AuthFrame } from './AuthFrame';
import { PasswordField } from './PasswordField';
import { safeReturnPath, useAccessToken } from './session';

type LoginField = 'username' | 'password';
const FIELDS: readonly LoginField[] = ['username', 'password'];

/** Log in by username or email; then back to the page the user came from (`?from=`). */
export function LoginPage() {
  const [params] = useSearchParams();
  const from = params.get('from');
  const navigate = useNavigate();
  const { formRef, errors, refuse, busy, send, fieldErrorCount } = useFormSubmission(FIELDS);
  const [username, setUsername, clearUsername] = useDraft('login-username', '');
  const [password, setPassword] = useState('');
  const signedIn = useAccessToken() !== null;
  const ended = tokens.endedBy();
  const notice = (useLocation().state as { notice?: unknown } | null)?.notice;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FormErrors<LoginField>['fieldErrors'] = {};
    if (!username.trim()) missing.username = 'Enter your username or email.';
    if (!password) missing.password = 'Enter your password.';
    if (Object.keys(missing).length > 0) {
      refuse({ fieldErrors: missing, message: null });
      return;
    }
    await send(async () => {
      const answer = await api.POST('/auth/login', { body: { username: username.trim(), password } });
      const { data, response } = answer;
      if (data) {
        tokens.save(data);
        clearUsername();
        await navigate(safeReturnPath(from), { replace: true });
        return;
      }
      refuse(
        response.status === 401
          ? { fieldErrors: {}, message: 'That username or email and password do not match an account. Check them and try again.' }
          : refusalOf(answer, FIELDS), // 429 (too many failed attempts): how long to wait
      );
    });
  }

  if (signedIn && !busy) return <Navigate to={safeReturnPath(from)} replace />; // nothing to do here while signed in
  return (
    <AuthFrame title="Log in">
      {ended === 'deleted' ? (
        <p role="status" className="auth-note">
          Your account was deleted. Its jobs are gone, reminders have stopped and the email address is free again; files you
          downloaded stay yours.
        </p>
      ) : notice === 'password-reset' ? (
        <p role="status" className="auth-note">Your new password is set and every session has ended. Log in with the new password.</p>
      ) : ended === 'expired' && from ? (
        <p role="status" className="auth-note">Your session has ended. Log in again to carry on where you left off: what you typed is kept.</p>
      ) : ended === 'logout' ? (
        <p role="status" className="auth-note">You are logged out.</p>
      ) : from ? (
        <p role="status" className="auth-note">Log in to see that page.</p>
      ) : null}
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
        <Field id="login-username" label="Username or email" error={errors.fieldErrors.username}>
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <PasswordField
          id="login-password"
          label="Password"
          name="password"
          purpose="current"
          value={password}
          error={errors.fieldErrors.password}
          onChange={setPassword}
        />
        <SubmitRow busy={busy} label="Log in" busyLabel="Logging in…">
          <Link to="/forgot-password" className="auth-forgot">Forgot password?</Link>
        </SubmitRow>
      </form>
      <p className="auth-switch">
        New to CareerVault? <Link to={from ? `/signup?from=${encodeURIComponent(from)}` : '/signup'}>Create an account</Link>
      </p>
    </AuthFrame>
  );
}
