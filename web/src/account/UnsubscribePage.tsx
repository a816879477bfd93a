import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { api } from '../api/client';
import { AuthFrame } from '../auth/AuthFrame';
import { linkToken, unsubscribe } from './accountApi';
import './account.css';

export type UnsubscribeState =
  | { readonly kind: 'ready' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'unsubscribed'; readonly email: string }
  | { readonly kind: 'invalid-link' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * `/unsubscribe?token=…`, the link at the foot of every reminder email. Opening
 * it changes nothing (mail scanners follow links); the button posts to the same
 * URL (`POST /unsubscribe?token=…`), as a mail provider's one-click unsubscribe
 * does (RFC 8058).
 */
export function UnsubscribePage() {
  const token = linkToken(useLocation().search);
  const [state, setState] = useState<UnsubscribeState>(token ? { kind: 'ready' } : { kind: 'invalid-link' });

  useEffect(() => {
    setState(token ? { kind: 'ready' } : { kind: 'invalid-link' });
  }, [token]);

  async function turnOff() {
    if (!token) return;
    setState({ kind: 'busy' });
    setState(await unsubscribe(api, token));
  }

  return <UnsubscribeView state={state} onTurnOff={() => void turnOff()} />;
}

/** What the page shows in each state. */
export function UnsubscribeView({ state, onTurnOff }: { state: UnsubscribeState; onTurnOff: () => void }) {
  return (
    <AuthFrame title="Reminder emails">
      <div className="link-page">
        {state.kind === 'unsubscribed' ? (
          <p role="status" className="link-outcome ok">
            Reminder emails are off for <strong>{state.email}</strong>; you can turn them on again on{' '}
            the <Link to="/preferences">Reminders</Link> page.
          </p>
        ) : state.kind === 'invalid-link' ? (
          <>
            <p role="alert" className="link-outcome bad">
              This unsubscribe link is invalid or has expired (links are valid for 60 days, and only while the account still
              uses the address they were sent to).
            </p>
            <p>
              You can turn reminder emails off on the <Link to="/preferences">Reminders</Link> page after logging in.
            </p>
          </>
        ) : (
          <>
            <p>
              Turning reminder emails off stops every reminder CareerVault sends to the address this email came to: follow-ups,
              interviews and follow-up dates. Your jobs and your account stay as they are, and you can turn reminders on again on
              the Reminders page.
            </p>
            <p role="alert" className={state.kind === 'failed' ? 'link-outcome bad' : undefined}>
              {state.kind === 'failed' ? `Could not turn them off: ${state.message}` : null}
            </p>
            <div className="form-actions">
              <button type="button" className="button" disabled={state.kind === 'busy'} onClick={onTurnOff}>
                {state.kind === 'busy' ? 'Turning off…' : 'Turn off reminder emails'}
              </button>
            </div>
          </>
        )}
      </div>
    </AuthFrame>
  );
}
