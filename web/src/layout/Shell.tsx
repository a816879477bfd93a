import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { displayName, logOut, logOutEverywhere, useProfile } from '../auth/session';
import { VerifyEmailBanner } from '../account/VerifyEmailBanner';
import { useNotify } from './notifications';
import './shell.css';

/**
 * The signed-in frame: skip link, header (navigation, the user's name, log out),
 * the verify-email banner while the address is unverified, the page. Below 48 rem wide the navigation and account buttons fold into a
 * "Menu" button.
 */
export function Shell() {
  const profile = useProfile();
  const name = displayName(profile);
  const navigate = useNavigate();
  const notify = useNotify();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => setMenuOpen(false), [location.pathname]);

  async function end(everywhere: boolean) {
    setBusy(true);
    const outcome = everywhere ? await logOutEverywhere() : await logOut();
    setBusy(false);
    if (!outcome.signedOut) {
      notify({ kind: 'error', message: `Could not log out everywhere: ${outcome.problem ?? 'try again'}`, durationMs: 0 });
      return;
    }
    if (outcome.problem) {
      notify({ kind: 'error', message: `Logged out here, but the server could not end the session: ${outcome.problem}` });
    }
    await navigate('/login', { replace: true });
  }

  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <Link to="/" className="brand">CareerVault</Link>
        <button
          ref={toggle}
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-menu"
          onClick={() => setMenuOpen((open) => !open)}
          onKeyDown={(e) => e.key === 'Escape' && menuOpen && setMenuOpen(false)}
        >
          Menu
        </button>
        <div
          id="app-menu"
          className={menuOpen ? 'app-menu open' : 'app-menu'}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && menuOpen) {
              setMenuOpen(false);
              toggle.current?.focus();
            }
          }}
        >
          {/* a link to the page already shown changes no location, so close on the click itself */}
          <nav aria-label="Main" onClick={(e) => (e.target as HTMLElement).closest('a') && setMenuOpen(false)}>
            <ul>
              <li><NavLink to="/" end>Board</NavLink></li>
              <li><NavLink to="/jobs" end>All jobs</NavLink></li>
              <li><NavLink to="/contacts">Contacts</NavLink></li>
              <li><NavLink to="/documents">Documents</NavLink></li>
              <li><NavLink to="/insights">Statistics</NavLink></li>
              <li><NavLink to="/deleted">Recently deleted</NavLink></li>
              <li><NavLink to="/preferences">Reminders</NavLink></li>
              <li><NavLink to="/account">Account</NavLink></li>
            </ul>
          </nav>
          <div className="account">
            {name && (
              <span className="account-name">
                Signed in as <strong>{name}</strong>
              </span>
            )}
            <button type="button" className="account-button" disabled={busy} onClick={() => end(false)}>
              Log out
            </button>
            <button type="button" className="account-button" disabled={busy} onClick={() => end(true)}>
              Log out everywhere
            </button>
          </div>
        </div>
      </header>
      <VerifyEmailBanner />
      <Outlet />
    </>
  );
}
