import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckYourEmail } from '../auth/SignupPage';
import { UnsubscribePage, UnsubscribeView, type UnsubscribeState } from './UnsubscribePage';
import { VerifyEmailPage, VerifyEmailView, type VerifyState } from './VerifyEmailPage';

/** The page's HTML at `url`, as text without tags (what a reader gets). */
function render(node: ReactNode, url = '/') {
  const html = renderToStaticMarkup(<MemoryRouter initialEntries={[url]}>{node}</MemoryRouter>);
  return { html, text: html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() };
}

const verify = (state: VerifyState, signedIn = false) =>
  render(<VerifyEmailView state={state} signedIn={signedIn} onVerify={() => undefined} />);
const unsubscribe = (state: UnsubscribeState) => render(<UnsubscribeView state={state} onTurnOff={() => undefined} />);

afterEach(() => vi.unstubAllGlobals());

describe('the verify-email page', () => {
  it('opens on a button and sends nothing (mail scanners follow links)', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);

    const { html } = render(<VerifyEmailPage />, '/verify-email?token=T1');

    expect(html).toContain('>Verify my email address</button>');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says an address without a token is an invalid link', () => {
    expect(render(<VerifyEmailPage />, '/verify-email').text).toContain('This verification link is invalid or has expired.');
  });

  it('says which address is verified and links to the app', () => {
    const { html, text } = verify({ kind: 'verified', email: 'ann@example.com' });
    expect(text).toContain('Your email address ann@example.com is verified.');
    expect(html).toContain('href="/"');
    expect(html).not.toContain('<button');
  });

  it('offers a new link for an invalid one: the resend button when signed in, else the login page', () => {
    const signedIn = verify({ kind: 'invalid-link' }, true);
    expect(signedIn.text).toContain('This verification link is invalid or has expired.');
    expect(signedIn.html).toContain('>Resend verification email</button>');

    const signedOut = verify({ kind: 'invalid-link' }, false);
    expect(signedOut.html).not.toContain('Resend verification email');
    expect(signedOut.html).toContain('href="/login?from=%2Faccount"');
  });

  it('keeps the button after a failure and says why in the alert', () => {
    const { html, text } = verify({ kind: 'failed', message: 'Too many attempts; try again in 30 s.' });
    expect(text).toContain('Could not verify it: Too many attempts; try again in 30 s.');
    expect(html).toContain('role="alert"');
    expect(html).toContain('>Verify my email address</button>');
  });
});

describe('the unsubscribe page', () => {
  it('explains and offers the button, sending nothing on opening', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);

    const { html, text } = render(<UnsubscribePage />, '/unsubscribe?token=U1');

    expect(text).toContain('Turning reminder emails off stops every reminder');
    expect(html).toContain('>Turn off reminder emails</button>');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('names the address that is off and points to the Reminders page', () => {
    const { html, text } = unsubscribe({ kind: 'unsubscribed', email: 'ann@example.com' });
    expect(text).toContain('Reminder emails are off for ann@example.com ; you can turn them on again on the Reminders page.');
    expect(html).toContain('href="/preferences"');
  });

  it('says an invalid or expired link is one, without a button', () => {
    const { html, text } = unsubscribe({ kind: 'invalid-link' });
    expect(text).toContain('This unsubscribe link is invalid or has expired');
    expect(html).not.toContain('<button');
  });
});

describe('after signing up', () => {
  it('says to check the email, names the address, and offers to log in', () => {
    const { html, text } = render(<CheckYourEmail username="ann" email="ann@example.com" from={null} />);
    expect(text).toContain('Check your email');
    expect(text).toContain('We sent an email to ann@example.com .');
    // the same words whether or not the address had an account: sign-up must not tell
    expect(text).toContain('If the address already has an account');
    expect(text).toContain('Reminder emails start once the address is verified');
    expect(html).toContain('href="/login"');
  });
});
