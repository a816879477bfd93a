import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api, tokens } from '../api/client';
import { toFormErrors, type FormErrors } from '../api/problems';
import type { components } from '../api/schema';
import { Field, FormAlert } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { useDraft } from '../forms/useDraft';
import { AuthFrame } from './AuthFrame';
import { PASSWORD_MAX_LENGTH, passwordRules } from './passwordPolicy';
import { safeReturnPath, useAccessToken } from './session';

type SignUpRequest = components['schemas']['SignUpRequest'];
type SignupField = keyof SignUpRequest;
const FIELDS: readonly SignupField[] = ['username', 'email', 'password', 'given_name', 'family_name'];

/** What is kept as a draft: everything but the password. */
interface SignupDraft {
  username: string;
  email: string;
  given_name: string;
  family_name: string;
}
const EMPTY: SignupDraft = { username: '', email: '', given_name: '', family_name: '' };

/**
 * Create an account with the seed's fields; the password policy is a live
 * checklist, the API's field errors go on their fields. The new account can log
 * in at once (POST /auth/signup answers 201), so the page logs the user in.
 */
export function SignupPage() {
  const [params] = useSearchParams();
  const from = params.get('from');
  const navigate = useNavigate();
  const { formRef, errors, setErrors, refuse, busy, send, fieldErrorCount } = useFormSubmission(FIELDS);
  const [draft, setDraft, clearDraft] = useDraft<SignupDraft>('signup', EMPTY);
  const [password, setPassword] = useState('');
  const signedIn = useAccessToken() !== null;
  const rules = passwordRules(password);

  /** Drops a field's error once the user changes the field. */
  const fixing = (field: SignupField) =>
    setErrors((previous) => {
      if (!previous.fieldErrors[field]) return previous;
      const { [field]: _fixed, ...others } = previous.fieldErrors;
      return { ...previous, fieldErrors: others };
    });
  const edit = (field: keyof SignupDraft) => (event: { target: { value: string } }) => {
    fixing(field);
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));
  };

  function check(): FormErrors<SignupField>['fieldErrors'] {
    const found: FormErrors<SignupField>['fieldErrors'] = {};
    if (draft.username.trim() === '') found.username = 'Choose a username.';
    if (draft.email.trim() === '') found.email = 'Enter your email.';
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(draft.email.trim())) found.email = 'Enter an email such as name@example.com.';
    const unmet = rules.filter((r) => !r.met).map((r) => r.label.toLowerCase());
    if (unmet.length > 0) found.password = `The password needs: ${unmet.join(', ')}.`;
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length > 0) {
      refuse({ fieldErrors: found, message: null });
      return;
    }
    await send(async () => {
      const body: SignUpRequest = {
        username: draft.username.trim(),
        email: draft.email.trim(),
        password,
        ...(draft.given_name.trim() ? { given_name: draft.given_name.trim() } : {}),
        ...(draft.family_name.trim() ? { family_name: draft.family_name.trim() } : {}),
      };
      const signedUp = await api.POST('/auth/signup', { body });
      if (!signedUp.data) {
        refuse(toFormErrors(signedUp.error, FIELDS));
        return;
      }
      clearDraft();
      const login = await api.POST('/auth/login', { body: { username: signedUp.data.username, password } });
      if (login.data) {
        tokens.save(login.data);
        await navigate(safeReturnPath(from), { replace: true });
      } else {
        await navigate('/login', { replace: true }); // the account exists: logging in by hand is what is left
      }
    });
  }

  if (signedIn && !busy) return <Navigate to={safeReturnPath(from)} replace />; // nothing to do here while signed in
  return (
    <AuthFrame title="Sign up">
      <form ref={formRef} className="form" noValidate onSubmit={submit}>
        <FormAlert message={errors.message} fieldErrorCount={fieldErrorCount} />
        <Field
          id="signup-username"
          label="Username"
          hint="3 to 64 letters, digits, dots, underscores or hyphens; kept in lower case."
          error={errors.fieldErrors.username}
        >
          {(control) => (
            <input
              {...control}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              maxLength={64}
              value={draft.username}
              onChange={edit('username')}
            />
          )}
        </Field>
        <Field id="signup-email" label="Email" hint="Reminders are sent here." error={errors.fieldErrors.email}>
          {(control) => (
            <input
              {...control}
              name="email"
              type="email"
              autoComplete="email"
              maxLength={254}
              value={draft.email}
              onChange={edit('email')}
            />
          )}
        </Field>
        <Field
          id="signup-password"
          label="Password"
          error={errors.fieldErrors.password}
          hint={
            <>
              <span>It needs:</span>
              <ul className="password-rules">
                {rules.map((rule) => (
                  <li key={rule.id} className={rule.met ? 'met' : undefined}>
                    <span className="mark" aria-hidden="true">
                      {rule.met ? '✓' : '○'}
                    </span>
                    {rule.label}
                    <span className="visually-hidden">{rule.met ? ' (done)' : ' (not yet)'}</span>
                  </li>
                ))}
              </ul>
            </>
          }
        >
          {(control) => (
            <input
              {...control}
              name="password"
              type="password"
              autoComplete="new-password"
              maxLength={PASSWORD_MAX_LENGTH}
              value={password}
              onChange={(e) => {
                fixing('password');
                setPassword(e.target.value);
              }}
            />
          )}
        </Field>
        <Field id="signup-given-name" label="Given name (optional)" error={errors.fieldErrors.given_name}>
          {(control) => (
            <input {...control} name="given_name" autoComplete="given-name" maxLength={100} value={draft.given_name} onChange={edit('given_name')} />
          )}
        </Field>
        <Field id="signup-family-name" label="Family name (optional)" error={errors.fieldErrors.family_name}>
          {(control) => (
            <input {...control} name="family_name" autoComplete="family-name" maxLength={100} value={draft.family_name} onChange={edit('family_name')} />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Signing up…' : 'Sign up'}
          </button>
        </div>
      </form>
      <p className="auth-switch">
        Already have an account? <Link to={from ? `/login?from=${encodeURIComponent(from)}` : '/login'}>Log in</Link>
      </p>
    </AuthFrame>
  );
}
