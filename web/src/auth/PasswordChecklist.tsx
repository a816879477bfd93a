import { passwordRules } from './passwordPolicy';
import './auth.css';

/**
 * The password policy as a live checklist, for a new password's field hint
 * (sign-up, reset, change): each rule ticked as the password meets it.
 */
export function PasswordChecklist({ password }: { password: string }) {
  return (
    <>
      <span>It needs:</span>
      <ul className="password-rules">
        {passwordRules(password).map((rule) => (
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
  );
}
