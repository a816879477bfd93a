import { formatDate } from './dates';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { bulkJobs, refusal, type BulkResultEntry } from './jobsApi';
import { listJobs } from './restoreAndInsightsApi';
import { STATUSES, isStatus, jobName, type Job, type JobStatus } from './statuses';
import { Tags } from './Tags';
import { CsvTools } from './csv/CsvTools';
import { useUndoableDelete } from './undo';
import './jobs.css';

const PAGE = 25;

/** `/jobs`: all jobs with the status, company and tag filters, a page at a time, and bulk actions. */
export function JobListPage() {
  const [params, setParams] = useSearchParams();
  const status = isStatus(params.get('status')) ? (params.get('status') as JobStatus) : undefined;
  const company = params.get('company') ?? '';
  const tag = params.get('tag') ?? '';

  const [jobs, setJobs] = useState<Job[]>([]);
  const [next, setNext] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [reloads, setReloads] = useState(0);

  // filters typed in the boxes, applied to the URL after a short pause
  const [companyText, setCompanyText] = useState(company);
  const [tagText, setTagText] = useState(tag);
  useEffect(() => setCompanyText(company), [company]);
  useEffect(() => setTagText(tag), [tag]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (companyText.trim() === company && tagText.trim() === tag) return;
      setParams((p) => {
        const q = new URLSearchParams(p);
        setOrDelete(q, 'company', companyText.trim());
        setOrDelete(q, 'tag', tagText.trim());
        return q;
      }, { replace: true });
    }, 350);
    return () => clearTimeout(timer);
  }, [companyText, tagText, company, tag, setParams]);

  const query = { status, company: company || undefined, tag: tag || undefined, limit: PAGE };
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    const abort = new AbortController();
    setLoading(true);
    setSelected(new Set());
    listJobs(JSON.parse(queryKey) as typeof query, abort.signal)
      .then(({ data, error: problem, response }) => {
        if (data) {
          setJobs(data.jobs);
          setNext(data.next_cursor);
          setError(undefined);
        } else {
          setJobs([]);
          setNext(undefined);
          setError(refusal(response.status, problem as never));
        }
      })
      .catch(() => !abort.signal.aborted && setError(refusal(0)))
      .finally(() => !abort.signal.aborted && setLoading(false));
    return () => abort.abort();
    // the query is compared by value (queryKey), not by object identity
  }, [queryKey, reloads]);

  async function more() {
    if (!next) return;
    setLoading(true);
    try {
      const { data, error: problem, response } = await listJobs({ ...query, cursor: next });
      if (data) {
        setJobs((old) => [...old, ...data.jobs.filter((j) => !old.some((o) => o.job_id === j.job_id))]);
        setNext(data.next_cursor);
      } else setError(refusal(response.status, problem as never));
    } catch {
      setError(refusal(0));
    } finally {
      setLoading(false);
    }
  }

  const statusId = useId();
  const companyId = useId();
  const tagId = useId();

  return (
    <main id="main">
      <div className="page-head">
        <h1>All jobs</h1>
        <Link className="button primary" to="/jobs/new">New job</Link>
      </div>
      <CsvTools onImported={() => setReloads((n) => n + 1)} />
      <form className="filters" role="search" aria-label="Filter jobs" onSubmit={(e: FormEvent) => e.preventDefault()}>
        <div>
          <label htmlFor={statusId}>Status</label>
          <select
            id={statusId}
            value={status ?? ''}
            onChange={(e) => setParams((p) => { const q = new URLSearchParams(p); setOrDelete(q, 'status', e.target.value); return q; })}
          >
            <option value="">All statuses</option>
            {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={companyId}>Have I applied here? Company</label>
          <input id={companyId} type="search" value={companyText} maxLength={200} autoComplete="off" onChange={(e) => setCompanyText(e.target.value)} />
        </div>
        <div>
          <label htmlFor={tagId}>Tag</label>
          <input id={tagId} type="search" value={tagText} maxLength={50} autoComplete="off" onChange={(e) => setTagText(e.target.value)} />
        </div>
      </form>

      <BulkBar
        jobs={jobs}
        selected={selected}
        setSelected={setSelected}
        onDone={(results, action, to) => {
          const accepted = new Set(results.filter((r) => r.result === 'accepted').map((r) => r.job_id));
          setJobs((old) => action === 'delete' ? old.filter((j) => !accepted.has(j.job_id)) : old.map((j) => (accepted.has(j.job_id) && to ? { ...j, status: to } : j)));
          setSelected(new Set());
        }}
        onRestored={() => setReloads((n) => n + 1)}
      />

      {error && <p role="alert" className="error">{error}</p>}
      <p aria-live="polite" className="muted">
        {loading ? 'Loading…' : jobs.length === 0 && !error ? (company ? `No jobs at a company matching “${company}”.` : 'No jobs match.') : `${jobs.length} shown${next ? ', more below' : ''}.`}
      </p>
      <ul className="job-rows">
        {jobs.map((job) => (
          <JobRow
            key={job.job_id}
            job={job}
            checked={selected.has(job.job_id)}
            onCheck={(on) => setSelected((s) => { const n = new Set(s); if (on) n.add(job.job_id); else n.delete(job.job_id); return n; })}
          />
        ))}
      </ul>
      {next && (
        <div className="pager actions">
          <button type="button" onClick={() => void more()} disabled={loading}>Show more jobs</button>
        </div>
      )}
    </main>
  );
}

function setOrDelete(q: URLSearchParams, key: string, value: string) {
  if (value) q.set(key, value);
  else q.delete(key);
}

function JobRow({ job, checked, onCheck }: { job: Job; checked: boolean; onCheck: (on: boolean) => void }) {
  const id = useId();
  const name = jobName(job);
  return (
    <li className="job-row">
      <div className="select-job">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onCheck(e.target.checked)} />
        <label htmlFor={id}>Select<span className="visually-hidden"> {name}</span></label>
      </div>
      <div>
        <Link to={`/jobs/${job.job_id}`} className="card-link">{name}</Link>
        {(job.location || job.applied_date) && (
          <p className="muted">{[job.location, job.applied_date && `applied ${formatDate(job.applied_date)}`].filter(Boolean).join(' · ')}</p>
        )}
        <Tags tags={job.tags} />
      </div>
      <span className="status">{job.status}</span>
    </li>
  );
}

function BulkBar({ jobs, selected, setSelected, onDone, onRestored }: {
  jobs: Job[];
  selected: ReadonlySet<string>;
  setSelected: (s: ReadonlySet<string>) => void;
  onDone: (results: BulkResultEntry[], action: 'update_status' | 'delete', to?: JobStatus) => void;
  onRestored: () => void;
}) {
  const [to, setTo] = useState<JobStatus>('Interviewing');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ title: string; lines: string[] }>();
  const [error, setError] = useState<string>();
  const undoDelete = useUndoableDelete();
  const statusId = useId();
  const allId = useId();
  const names = useRef(new Map<string, string>());
  for (const j of jobs) names.current.set(j.job_id, jobName(j));
  const ids = [...selected];
  const all = jobs.length > 0 && jobs.every((j) => selected.has(j.job_id));

  async function run(action: 'update_status' | 'delete') {
    setBusy(true);
    setError(undefined);
    const answer = await bulkJobs(action === 'delete' ? { action, job_ids: ids } : { action, job_ids: ids, status: to });
    setBusy(false);
    if (!answer.ok) {
      setError(refusal(answer.status, answer.problem));
      return;
    }
    const label = (r: BulkResultEntry) => names.current.get(r.job_id) ?? r.job_id;
    const said = {
      accepted: action === 'delete' ? 'deleted' : `moved to ${to}`,
      unchanged: `already ${to}`,
      not_found: 'not found (deleted already?)',
    } as const;
    setOutcome({
      title: action === 'delete' ? 'Delete' : `Change status to ${to}`,
      lines: answer.results.map((r) => `${label(r)}: ${said[r.result]}`),
    });
    onDone(answer.results, action, to);
    if (action === 'delete') {
      const gone = answer.results.filter((r) => r.result === 'accepted').map((r) => r.job_id);
      undoDelete(gone, gone.length === 1 ? label({ job_id: gone[0]!, result: 'accepted' }) : `${gone.length} jobs`, onRestored);
    }
  }

  return (
    <>
      <div className="toolbar" aria-label="Selected jobs" role="group">
        <label htmlFor={allId}>
          <input id={allId} type="checkbox" checked={all} disabled={jobs.length === 0} onChange={(e) => setSelected(e.target.checked ? new Set(jobs.map((j) => j.job_id)) : new Set())} />
          Select all shown
        </label>
        <span aria-live="polite">{selected.size} selected</span>
        <label htmlFor={statusId}>New status</label>
        <select id={statusId} value={to} onChange={(e) => isStatus(e.target.value) && setTo(e.target.value)}>
          {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        <button type="button" disabled={busy || selected.size === 0} onClick={() => void run('update_status')}>Change status</button>
        <button type="button" className="danger" disabled={busy || selected.size === 0} onClick={() => void run('delete')}>Delete selected</button>
      </div>
      {error && <p role="alert" className="error">{error}</p>}
      {outcome && (
        <section className="bulk-results" aria-label="Bulk results" role="status">
          <h2>{outcome.title}: {outcome.lines.length} {outcome.lines.length === 1 ? 'job' : 'jobs'}</h2>
          <ul>{outcome.lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
          <div className="actions"><button type="button" onClick={() => setOutcome(undefined)}>Dismiss results</button></div>
        </section>
      )}
    </>
  );
}
