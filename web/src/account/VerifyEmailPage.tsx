import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../api/client';
import { AuthFrame } from '../auth/AuthFrame';
import { reloadProfile, useAccessToken } from '../auth/session';
import { linkToken, verifyEmail } from './accountApi';
import { ResendVerification } from './ResendVerification';
import './account.css';

export type VerifyState =
  | { readonly kind: 'ready' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'verified'; readonly email: string }
  | { readonly kind: 'invalid-link' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * `/verify-email?token=…`, the link of the verification email. Opening it
 * changes nothing (mail scanners follow links): only the button posts the
 * token (`POST /auth/verify-email`).
 */
export function VerifyEmailPage() {
  const token = linkToken(useLocation().search);
  const signedIn = useAccessToken() !== null;
  const [state, setState] = useState<VerifyState>(token ? { kind: 'ready' } : { kind: 'invalid-link' });

  useEffect(() => {
    setState(token ? { kind: 'ready' } : { kind: 'invalid-link' });
  }, [token]);

  async function verify() {
    if (!token) return;
    setState({ kind: 'busy' });
    const outcome = await verifyEmail(api, token);
    setState(outcome);
    if (outcome.kind === 'verified' && signedIn) await reloadProfile(); // the banner goes
  }

  return <VerifyEmailView state={state} signedIn={signedIn} onVerify={() => void verify()} />;
}

/** What the page shows in each state (apart from the page, so tests can render every state). */
export function VerifyEmailView({ state, signedIn, onVerify }: { state: VerifyState; signedIn: boolean; onVerify: () => void }) {
  return (
    <AuthFrame title="Verify your email address">
      <div className="link-page">
        {state.kind === 'verified' ? (
          <>
            <p role="status" className="link-outcome ok">
              Your email address <strong>{state.email}</strong> is verified. Reminder emails will be sent to it.
            </p>
            <p>
              <Link to="/">{signedIn ? 'Go to your board' : 'Log in to CareerVault'}</Link>
            </p>
          </>
        ) : state.kind === 'invalid-link' ? (
          <>
            <p role="alert" className="link-outcome bad">
              This verification link is invalid or has expired. Links are valid for 72 hours, and only for the address they were
              sent to.
            </p>
            {signedIn ? (
              <>
                <p>Get a new link sent to your current email address:</p>
                <ResendVerification />
              </>
            ) : (
              <p>
                <Link to="/login?from=%2Faccount">Log in</Link> to get a new link.
              </p>
            )}
          </>
        ) : (
          <>
            <p>Confirm that this email address is yours, so that CareerVault can send you reminders there.</p>
            <p role="alert" className={state.kind === 'failed' ? 'link-outcome bad' : undefined}>
              {state.kind === 'failed' ? `Could not verify it: ${state.message}` : null}
            </p>
            <div className="form-actions">
              <button type="button" className="button" disabled={state.kind === 'busy'} onClick={onVerify}>
                {state.kind === 'busy' ? 'Verifying…' : 'Verify my email address'}
              </button>
            </div>
          </>
        )}
      </div>
    </AuthFrame>
  );
}
