import { dateTime, formatDate } from './dates';
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { deleteJob, fetchJob, refusal } from './jobsApi';
import { jobName, systemGhostedLabel, type Job } from './statuses';
import { characterCount } from '../forms/CharacterCount';
import { Tags } from './Tags';
import { companyHistoryLine } from './capture/captureApi';
import { useUndoableDelete } from './undo';
import { AiInsights, useAwaitedInsights } from './ai/AiInsights';
import { InterviewsSection } from '../interviews/InterviewsSection';
import { JobContactsSection } from '../contacts/JobContactsSection';
import { SentDocumentsSection } from './documents/SentDocumentsSection';
import type { UnsavedPicks } from './documents/sentDocumentsApi';
import './jobs.css';


function when(instant?: string) {
  return instant ? dateTime.format(new Date(instant)) : undefined;
}

/** `/jobs/:jobId`: every field, the AI insights, the documents sent (issue 20), the interviews and contacts (issue 18), the status timeline (newest first), Edit and Delete. */
export function JobPage() {
  const { jobId = '' } = useParams();
  const [job, setJob] = useState<Job>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const undoDelete = useUndoableDelete();
  const insights = useAwaitedInsights(job, setJob);
  // documents the job form chose but could not attach (the job itself was saved): offered again below, once
  // (taken out of the history entry, so a reload or coming back does not offer them again)
  const location = useLocation();
  const [unsavedDocuments] = useState(() => (location.state as { unsavedDocuments?: UnsavedPicks } | null)?.unsavedDocuments);
  useEffect(() => {
    if ((location.state as { unsavedDocuments?: unknown } | null)?.unsavedDocuments) navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  useEffect(() => {
    const abort = new AbortController();
    setJob(undefined);
    setError(undefined);
    fetchJob(jobId, abort.signal)
      .then(({ data, response }) => (data ? setJob(data) : setError(refusal(response.status))))
      .catch(() => !abort.signal.aborted && setError(refusal(0)));
    return () => abort.abort();
  }, [jobId]);

  async function remove() {
    if (!job) return;
    setBusy(true);
    const outcome = await deleteJob(job.job_id, job.version);
    setBusy(false);
    if (!outcome.ok) {
      setError(`Not deleted: ${refusal(outcome.status, outcome.problem)}`);
      if (outcome.status === 412) {
        const { data } = await fetchJob(job.job_id).catch(() => ({ data: undefined }));
        if (data) setJob(data);
      }
      return;
    }
    undoDelete([job.job_id], jobName(job));
    navigate('/');
  }

  if (!job) {
    return (
      <main id="main">
        <h1>Job</h1>
        {error ? <p role="alert" className="error">{error}</p> : <p aria-live="polite">Loading…</p>}
        <p><Link to="/">Back to the board</Link></p>
      </main>
    );
  }

  /** The status a job CareerVault marked Ghosted had before, which any change of it brings back. */
  function previousStatus(marked: Job): string {
    const stages = marked.status_history ?? [];
    return stages[stages.length - 2]?.status ?? 'where it was';
  }

  const rows: [string, ReactNode][] = [
    ['Company', job.company],
    ['Position', job.position],
    ['Status', systemGhostedLabel(job) ? (
      <>
        <span className="badge system-ghosted">{systemGhostedLabel(job)}</span>{' '}
        <span className="muted">Marked by CareerVault; any change you make to this job moves it back to {previousStatus(job)}.</span>
      </>
    ) : job.status],
    ['Location', job.location],
    ['Salary range', job.salary_range],
    ['Source', job.source],
    ['Applied on', job.applied_date && formatDate(job.applied_date)],
    ['Job posting', job.url && <a href={job.url} rel="noopener noreferrer" target="_blank">{job.url}</a>],
    ['Interview at', when(job.interview_at)],
    ['Follow up at', when(job.follow_up_at)],
    ['Tags', job.tags?.length ? <Tags tags={job.tags} /> : undefined],
    ['Notes', job.notes],
    ['Job description', job.job_description && (
      <details className="job-description">
        <summary>The posting's text ({characterCount(job.job_description).toLocaleString('en')} characters)</summary>
        <div className="job-description-text" tabIndex={0} role="region" aria-label="The posting's text">{job.job_description}</div>
      </details>
    )],
    ['Created', when(job.created_at)],
    ['Last changed', when(job.updated_at)],
  ];
  const history = [...(job.status_history ?? [])].reverse();

  return (
    <main id="main">
      <div className="page-head">
        <h1>{jobName(job)}</h1>
        <div className="actions">
          <Link className="button primary" to={`/jobs/${job.job_id}/edit`}>Edit</Link>
          <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>Delete</button>
        </div>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {companyHistoryLine(job.company_history) && <p className="company-history">{companyHistoryLine(job.company_history)}</p>}
      <h2>Details</h2>
      <dl className="job-fields">
        {rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => (
          <div key={k} className="pair">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <SentDocumentsSection key={`documents-${job.job_id}`} job={job} onJob={setJob} unsaved={unsavedDocuments?.jobId === job.job_id ? unsavedDocuments : undefined} />
      <AiInsights job={job} waiting={insights.waiting} onCheckAgain={insights.checkAgain} />
      <InterviewsSection key={job.job_id} jobId={job.job_id} initial={job.interviews} jobContacts={job.contacts} />
      <JobContactsSection jobId={job.job_id} contacts={job.contacts} />
      <h2>Status timeline</h2>
      {history.length === 0 ? (
        <p className="muted">No status changes recorded.</p>
      ) : (
        <ol className="timeline" aria-label="Status timeline, newest first">
          {history.map((step, i) => (
            <li key={`${step.at}-${i}`}>
              <strong>{step.status}</strong>
              <time dateTime={step.at}>{dateTime.format(new Date(step.at))}</time>
            </li>
          ))}
        </ol>
      )}
      <p><Link to="/">Back to the board</Link></p>
    </main>
  );
}
