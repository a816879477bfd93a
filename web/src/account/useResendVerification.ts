import { useState } from 'react';
import { api } from '../api/client';
import { reloadProfile } from '../auth/session';
import { resendVerification } from './accountApi';

export interface ResendState {
  /** What the last press did, for a `role="status"` region; null before the first. */
  readonly status: string | null;
  /** Why it failed (a 429's wait among them), for a `role="alert"` region. */
  readonly problem: string | null;
  readonly busy: boolean;
}

/**
 * "Resend verification email": `POST /auth/verify-email/resend`. 202 says where
 * the link went; 409 (verified meanwhile, say in another tab) reloads the profile
 * so the banner goes; 429 says how long to wait.
 */
export function useResendVerification(): [ResendState, () => Promise<void>] {
  const [state, setState] = useState<ResendState>({ status: null, problem: null, busy: false });

  async function resend() {
    setState({ status: null, problem: null, busy: true });
    const outcome = await resendVerification(api);
    switch (outcome.kind) {
      case 'sent':
        setState({ status: `We sent a new verification link to ${outcome.email}. It is valid for 72 hours.`, problem: null, busy: false });
        break;
      case 'already-verified':
        setState({ status: 'Your email address is verified already.', problem: null, busy: false });
        await reloadProfile();
        break;
      case 'failed':
        setState({ status: null, problem: `Could not send the email: ${outcome.message}`, busy: false });
        break;
    }
  }

  return [state, resend];
}
