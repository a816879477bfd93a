import { useEffect, useState } from 'react';
import { dateTime } from '../jobs/dates';
import { createFeed, loadFeed, revokeFeed } from './calendarFeedApi';
import { calendarFeedClient, type CalendarFeedClient, type CalendarFeedCreated, type CalendarFeedStatus } from './calendarFeedTypes';
import './calendar.css';

export type FeedState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'status'; status: CalendarFeedStatus };

/**
 * `/account`'s "Calendar subscription": a secret address (`/calendar/<secret>.ics`) a calendar app
 * polls for every interview and follow-up date. The API keeps only the secret's hash, so the
 * address is shown once, when made; making a new one ends the old one, and so does revoking.
 * `client`, `initial` and `initialCreated` are for tests.
 */
export function CalendarFeedSection({
  client = calendarFeedClient,
  initial = { kind: 'loading' },
  initialCreated,
}: {
  client?: CalendarFeedClient;
  initial?: FeedState;
  initialCreated?: CalendarFeedCreated;
}) {
  const [state, setState] = useState<FeedState>(initial);
  const [created, setCreated] = useState<CalendarFeedCreated | undefined>(initialCreated);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (initial.kind !== 'loading') return;
    const abort = new AbortController();
    loadFeed(client, abort.signal)
      .then((outcome) => setState(outcome.kind === 'status' ? outcome : { kind: 'failed', message: outcome.message }))
      .catch(() => undefined);
    return () => abort.abort();
  }, [client, initial.kind]);

  async function make() {
    setBusy(true);
    setSaid('');
    setProblem('');
    const outcome = await createFeed(client);
    setBusy(false);
    if (outcome.kind === 'failed') {
      setProblem(outcome.message);
      return;
    }
    setCreated(outcome.feed);
    setState({ kind: 'status', status: { active: true, created_at: outcome.feed.created_at } });
    setSaid('Your calendar address is ready. Copy it now: it is shown only this once.');
  }

  async function revoke() {
    setBusy(true);
    setSaid('');
    setProblem('');
    const outcome = await revokeFeed(client);
    setBusy(false);
    if (outcome.kind === 'failed') {
      setProblem(outcome.message);
      return;
    }
    setCreated(undefined);
    setState({ kind: 'status', status: { active: false } });
    setSaid('The calendar address is revoked: calendar apps using it get nothing new.');
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Address copied.');
    } catch {
      setSaid('Copying was refused by the browser: select the address and copy it.');
    }
  }

  const status = state.kind === 'status' ? state.status : undefined;
  return (
    <section className="account-section calendar-feed" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">Calendar subscription</h2>
      <p>
        Subscribe to your interviews and follow-up dates from a calendar app (Google Calendar: "Other calendars", "From
        URL"; Apple Calendar: "New Calendar Subscription"; Outlook: "Add calendar", "Subscribe from web"). It follows
        reschedules and cancellations, each in the time zone it was arranged in.
      </p>
      <p>The address is a secret: anyone who has it can read these dates. Revoke it, or make a new one, if it leaks.</p>
      {state.kind === 'loading' && <p role="status">Loading…</p>}
      {state.kind === 'failed' && <p role="alert" className="account-problem">{state.message}</p>}
      {status && (
        <p className="calendar-feed-state">
          {status.active ? (
            <>
              <span className="email-state verified">Active</span>{' '}
              {status.created_at ? (
                <>since <time dateTime={status.created_at}>{dateTime.format(new Date(status.created_at))}</time></>
              ) : null}
            </>
          ) : (
            <span className="email-state unverified">No subscription</span>
          )}
        </p>
      )}
      {created && (
        <div className="calendar-feed-url">
          <label htmlFor="calendar-feed-url">Your calendar address</label>
          <input id="calendar-feed-url" readOnly value={created.url} aria-describedby="calendar-feed-url-hint" onFocus={(e) => e.target.select()} />
          <p id="calendar-feed-url-hint" className="field-hint">
            Shown only this once: CareerVault keeps no copy it could show again. Lost it? Make a new one.
          </p>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => void copy(created.url)}>Copy address</button>
          </div>
        </div>
      )}
      {status && (
        <div className="form-actions">
          <button type="button" className={created ? 'button button-secondary' : 'button'} disabled={busy} onClick={() => void make()}>
            {status.active ? 'Make a new address' : 'Create calendar address'}
          </button>
          {status.active && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void revoke()}>Revoke</button>
          )}
        </div>
      )}
      {status?.active && !created && <p className="field-hint">A new address stops the current one at once: update your calendar app with it.</p>}
      <p role="status" className="form-status">{said}</p>
      <p role="alert" className="account-problem">{problem}</p>
    </section>
  );
}
