import { dateTime } from './dates';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { refusal, restoreRefusal } from './jobsApi';
import { listDeletedJobs, restoreJob, type DeletedJob } from './restoreAndInsightsApi';
import { useNotify } from '../layout/notifications';
import { jobName } from './statuses';
import './jobs.css';


/** `/deleted`: jobs deleted lately, each restorable until its tombstone expires. */
export function DeletedPage() {
  const [jobs, setJobs] = useState<DeletedJob[]>([]);
  const [next, setNext] = useState<string>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [restored, setRestored] = useState<{ id: string; name: string }[]>([]);
  const notify = useNotify();

  async function load(cursor?: string, signal?: AbortSignal) {
    setLoading(true);
    try {
      const page = await listDeletedJobs(cursor, signal);
      if (page.response.ok) {
        setJobs((old) => (cursor ? [...old, ...page.jobs] : page.jobs));
        setNext(page.nextCursor);
        setError(undefined);
      } else setError(refusal(page.response.status, page.error as never));
    } catch {
      if (!signal?.aborted) setError(refusal(0));
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }

  useEffect(() => {
    const abort = new AbortController();
    void load(undefined, abort.signal);
    return () => abort.abort();
  }, []);

  async function restore(job: DeletedJob) {
    setBusy((b) => new Set(b).add(job.job_id));
    try {
      const { response } = await restoreJob(job.job_id);
      if (response.ok) {
        setJobs((old) => old.filter((j) => j.job_id !== job.job_id));
        setRestored((r) => [...r, { id: job.job_id, name: jobName(job) }]);
        notify({ message: `Restored ${jobName(job)}.` });
      } else notify({ kind: 'error', message: `Could not restore ${jobName(job)}: ${restoreRefusal(response.status)}` });
    } catch {
      notify({ kind: 'error', message: `Could not restore ${jobName(job)}: ${refusal(0)}` });
    } finally {
      setBusy((b) => { const n = new Set(b); n.delete(job.job_id); return n; });
    }
  }

  return (
    <main id="main">
      <h1>Recently deleted</h1>
      <p className="muted">Deleted jobs stay here for a while and can be restored until the date shown.</p>
      {error && <p role="alert" className="error">{error}</p>}
      {restored.length > 0 && (
        <p role="status">
          Restored: {restored.map((r, i) => <span key={r.id}>{i > 0 && ', '}<Link to={`/jobs/${r.id}`}>{r.name}</Link></span>)}
        </p>
      )}
      {loading && jobs.length === 0 && <p aria-live="polite">Loading…</p>}
      {!loading && !error && jobs.length === 0 && <p>Nothing was deleted lately.</p>}
      <ul className="job-rows">
        {jobs.map((job) => (
          <li key={job.job_id} className="job-row deleted-row">
            <div>
              <strong>{jobName(job)}</strong>
              <p className="muted">
                {job.status} · deleted {dateTime.format(new Date(job.deleted_at))} · restorable until {dateTime.format(new Date(job.expires_at))}
              </p>
            </div>
            <button type="button" disabled={busy.has(job.job_id)} onClick={() => void restore(job)} aria-label={`Restore ${jobName(job)}`}>
              Restore
            </button>
          </li>
        ))}
      </ul>
      {next && (
        <div className="pager actions">
          <button type="button" disabled={loading} onClick={() => void load(next)}>Show more</button>
        </div>
      )}
    </main>
  );
}
