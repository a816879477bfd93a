import { useResendVerification } from './useResendVerification';
import './account.css';

/** The "Resend verification email" button with what it did (status) or why it failed (alert). */
export function ResendVerification({ secondary = false }: { secondary?: boolean }) {
  const [{ status, problem, busy }, resend] = useResendVerification();
  return (
    <div className="resend">
      <button type="button" className={secondary ? 'button button-secondary' : 'button'} disabled={busy} onClick={() => void resend()}>
        {busy ? 'Sending…' : 'Resend verification email'}
      </button>
      <p role="status" className="resend-status">{status}</p>
      <p role="alert" className={problem ? 'resend-problem' : 'resend-status'}>{problem}</p>
    </div>
  );
}
