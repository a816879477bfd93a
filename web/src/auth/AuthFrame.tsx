import { useEffect, type ReactNode } from 'react';
import './auth.css';

/** The frame of the signed-out pages (log in, sign up): the brand and one card. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · CareerVault`;
  }, [title]);
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="auth-header">
        <span className="brand">CareerVault</span>
      </header>
      <main id="main" className="auth-main">
        <div className="auth-card">
          <h1>{title}</h1>
          {children}
        </div>
      </main>
    </>
  );
}
