import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { api } from '../api/client';
import type { FormErrors } from '../api/problems';
import { refusalOf } from '../api/rateLimit';
import type { components } from '../api/schema';
import { Field, FormAlert, SubmitRow } from '../forms/Field';
import { useFormSubmission } from '../forms/useFormSubmission';
import { useDraft } from '../forms/useDraft';
import { writeDraft } from '../forms/drafts';
import { tabStorage } from './tabStorage';
import { AuthFrame } from './AuthFrame';
import { passwordProblem } from './passwordPolicy';
import { PasswordField } from './PasswordField';
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
 * checklist, the API's field errors go on their fields. `POST /auth/signup`
 * answers 202 the same whether or not the email already has an account (its
 * owner gets an email instead), so the page does not log in (that would tell):
 * it says to check the inbox and offers the login page.
 */
export function SignupPage() {
  const [params] = useSearchParams();
  const from = params.get('from');
  const { formRef, errors, refuse, fixing, busy, send, fieldErrorCount } = useFormSubmission(FIELDS);
  const [draft, setDraft, clearDraft] = useDraft<SignupDraft>('signup', EMPTY);
  const [password, setPassword] = useState('');
  const [signedUp, setSignedUp] = useState<{ username: string; email: string } | null>(null);
  const signedIn = useAccessToken() !== null;

  const edit = (field: keyof SignupDraft) => (event: { target: { value: string } }) => {
    fixing(field);
    setDraft((previous) => ({ ...previous, [field]: event.target.value }));
  };

  function check(): FormErrors<SignupField>['fieldErrors'] {
    const found: FormErrors<SignupField>['fieldErrors'] = {};
    if (draft.username.trim() === '') found.username = 'Choose a username.';
    if (draft.email.trim() === '') found.email = 'Enter your email.';
    else if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(draft.email.trim())) found.email = 'Enter an email such as name@example.com.';
    const weak = passwordProblem(password);
    if (weak) found.password = weak;
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
      const answer = await api.POST('/auth/signup', { body });
      if (!answer.data) {
        refuse(refusalOf(answer, FIELDS));
        return;
      }
      // 202 whether or not the email already had an account (the API does not tell): no login
      // here, which would tell; the user logs in by hand, with the username kept for the form
      clearDraft();
      writeDraft(tabStorage(), 'login-username', answer.data.username);
      setSignedUp({ username: answer.data.username, email: answer.data.email });
    });
  }

  if (signedIn && !busy) return <Navigate to={safeReturnPath(from)} replace />; // nothing to do here while signed in
  if (signedUp) return <CheckYourEmail {...signedUp} from={from} />;
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
        <PasswordField
          id="signup-password"
          label="Password"
          name="password"
          purpose="new"
          value={password}
          error={errors.fieldErrors.password}
          onChange={(value) => {
            fixing('password');
            setPassword(value);
          }}
        />
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
        <SubmitRow busy={busy} label="Sign up" busyLabel="Signing up…" />
      </form>
      <p className="auth-switch">
        Already have an account? <Link to={from ? `/login?from=${encodeURIComponent(from)}` : '/login'}>Log in</Link>
      </p>
    </AuthFrame>
  );
}

/**
 * After signing up: the verification link went to the address (when the
 * account is new; the owner of a taken address gets a note instead, and the
 * page cannot tell which).
 */
export function CheckYourEmail({ username, email, from }: { username: string; email: string; from: string | null }) {
  return (
    <AuthFrame title="Check your email">
      <p role="status" className="auth-note">
        We sent an email to <strong>{email}</strong>.
      </p>
      <p>
        If the address is new to CareerVault, your account <strong>{username}</strong> is ready: log in and start tracking
        jobs. The email holds a link to verify the address; open it and press &ldquo;Verify my email address&rdquo;.
        Reminder emails start once the address is verified; until then CareerVault keeps them for you.
      </p>
      <p>
        If the address already has an account, the email says so instead and no new account was made: log in to that
        account, or use &ldquo;Forgot password?&rdquo; on the login page.
      </p>
      <div className="form-actions">
        <Link className="button" to={from ? `/login?from=${encodeURIComponent(from)}` : '/login'}>
          Log in
        </Link>
      </div>
    </AuthFrame>
  );
}
