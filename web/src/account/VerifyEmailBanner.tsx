import { useLocation } from 'react-router';
import { useCurrentProfile } from '../auth/session';
import { ResendVerification } from './ResendVerification';
import './account.css';

/**
 * Under the signed-in header while `/auth/me` says the email is not verified:
 * reminders wait until it is, so the banner says so and offers another link.
 * Not on the account page, which shows the same state and button in its email
 * section (one "Resend verification email" button per page).
 */
export function VerifyEmailBanner() {
  const profile = useCurrentProfile();
  const onAccountPage = useLocation().pathname === '/account';
  if (profile?.email_verified !== false || onAccountPage) return null;
  return (
    <section className="verify-banner" aria-labelledby="verify-banner-title">
      <h2 id="verify-banner-title" className="verify-banner-title">Verify your email address to get reminders</h2>
      <p className="verify-banner-text">
        We sent a link to <strong>{profile.email ?? 'your email address'}</strong>. Reminder emails start once you open it and
        confirm. Not there? Check your spam folder, or get a new link.
      </p>
      <ResendVerification secondary />
    </section>
  );
}
