import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  CAPTURE_MESSAGE, READY_MESSAGE, captureJob, draftRows, duplicateLine, formFromDraft, sourceLabel, type JobDraft,
} from './captureApi';
import '../jobs.css';

/**
 * `/capture`: a job drafted from its posting's page. The user pastes the page's HTML (or the README's
 * bookmarklet sends it from the page they are on, by `window.postMessage`); the API reads its schema.org data
 * and answers a draft, shown here with where each value came from and any jobs it may repeat. Nothing is
 * recorded until "Use this draft" opens the new-job form filled with it and the user saves.
 */
export function CapturePage() {
  const [html, setHtml] = useState('');
  const [url, setUrl] = useState('');
  const [draft, setDraft] = useState<JobDraft>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const id = useId();

  async function read(page: string, address: string) {
    setBusy(true);
    setError(undefined);
    const outcome = await captureJob(page, address);
    setBusy(false);
    if (outcome.ok) setDraft(outcome.draft);
    else setError(outcome.message);
  }

  // the bookmarklet opened this page: say we listen, then take the page it sends (any site may: it is only
  // text to read, shown before anything is recorded)
  useEffect(() => {
    const receive = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; html?: unknown; url?: unknown } | null;
      if (!data || data.type !== CAPTURE_MESSAGE || typeof data.html !== 'string') return;
      const address = typeof data.url === 'string' ? data.url : '';
      setHtml(data.html);
      setUrl(address);
      void read(data.html, address);
    };
    window.addEventListener('message', receive);
    window.opener?.postMessage(READY_MESSAGE, '*');
    return () => window.removeEventListener('message', receive);
  }, []);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!html.trim()) {
      setError("Paste the posting page's HTML first.");
      return;
    }
    void read(html, url);
  }

  return (
    <main id="main">
      <h1>Capture a job from its posting</h1>
      <p>
        Paste the HTML of a job posting's page (in most browsers: open the posting, press Ctrl+U or ⌘⌥U, select
        all and copy), or use the bookmarklet described in the README. CareerVault reads the posting's structured
        data; it never visits the page itself. Nothing is saved until you confirm.
      </p>
      <form className="job-form" noValidate onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-html`}>The page's HTML</label>
          <textarea id={`${id}-html`} rows={8} value={html} onChange={(e) => setHtml(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-url`}>The page's address (optional)</label>
          <input id={`${id}-url`} type="url" placeholder="https://" maxLength={2048} value={url} onChange={(e) => setUrl(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>{busy ? 'Reading…' : 'Read the posting'}</button>
          <Link to="/" className="button">Cancel</Link>
        </div>
      </form>
      {error && <p role="alert" className="error">{error}</p>}
      {draft && <DraftView draft={draft} onUse={() => navigate('/jobs/new', { state: { prefill: formFromDraft(draft) } })} />}
    </main>
  );
}

/** The draft with each value's source, the duplicate warning, and "Use this draft". */
export function DraftView({ draft, onUse }: { draft: JobDraft; onUse: () => void }) {
  const rows = draftRows(draft);
  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">What the page says</h2>
      {!draft.posting_found && (
        <p role="status">This page has no job posting data CareerVault can read. You can still enter the job yourself.</p>
      )}
      {draft.possible_duplicates.length > 0 && (
        <div role="alert" className="form-errors">
          <p>You may have this job already:</p>
          <ul>
            {draft.possible_duplicates.map((d) => (
              <li key={d.job_id}><Link to={`/jobs/${d.job_id}`}>{duplicateLine(d)}</Link></li>
            ))}
          </ul>
        </div>
      )}
      {rows.length > 0 && (
        <dl className="job-fields">
          {rows.map(({ label, field }) => (
            <div key={label} className="pair">
              <dt>{label}</dt>
              <dd>
                <span className={label === 'Job description' ? 'job-description-text' : undefined}>{field.value}</span>
                <span className="muted"> — from {sourceLabel(field.source)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={onUse}>Use this draft</button>
      </div>
    </section>
  );
}
