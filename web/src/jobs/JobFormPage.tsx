import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { duplicateWarning } from './capture/captureApi';
import type { Problem } from '../api/client';
import { splitFieldProblems } from '../api/problems';
import { createJob, fetchJob, patchJob, refusal } from './jobsApi';
import { createBody, emptyForm, FIELDS, formOf, JOB_DESCRIPTION_MAX, mergePatch, rebase, SOURCE_MAX, SOURCE_SUGGESTIONS, withDefaults, type JobFormValues } from './formValues';
import { CharacterCount, characterCount, tooLong } from '../forms/CharacterCount';
import { useNotify } from '../layout/notifications';
import { useDraft } from '../forms/useDraft';
import { STATUSES, isStatus, jobName, type Job } from './statuses';
import { DocumentPicker, namesOf, orderOf, useLibrary, type LibraryState } from './documents/DocumentPicker';
import { attachDocuments, type UnsavedPicks } from './documents/sentDocumentsApi';
import { picksOf, samePicks } from './documents/sentSummary';
import { sentDocumentsClient, type Picks } from './documents/sentDocumentsTypes';
import './jobs.css';

type Errors = Partial<Record<keyof JobFormValues, string>>;

/**
 * Whether the page is still shown: a save that finishes after the user went elsewhere says so in
 * a message but does not pull them back to the job.
 */
function useShown() {
  const shown = useRef(false);
  useEffect(() => {
    shown.current = true;
    return () => {
      shown.current = false;
    };
  }, []);
  return shown;
}

const NO_PICKS: Picks = {};

/** The job form's "Documents sent" (issue 20): the library versions attached with `PUT …/documents` once the job is saved. */
function AttachDocuments({ library, status, picks, onChange }: { library: LibraryState; status: string; picks: Picks; onChange: (picks: Picks) => void }) {
  return (
    <DocumentPicker
      legend={status === 'Wishlist' ? 'Documents to send (optional)' : 'Documents sent (optional)'}
      hint="The versions of your library's documents that go with this application; they are attached when the job is saved, and stay as they are when you upload newer versions."
      library={library}
      picks={picks}
      onChange={onChange}
    />
  );
}

/**
 * Attaches the picks to the job just saved: null when done, else the choice and the API's reasons, which the
 * pages hand to the job's page (`unsavedDocuments`) to offer again, so nothing chosen is lost.
 */
async function attachAfterSave(jobId: string, picks: Picks, library: LibraryState): Promise<UnsavedPicks | null> {
  return attachDocuments(sentDocumentsClient, jobId, picks, orderOf(library), namesOf(library));
}

/** `/jobs/new`: a new job, created with `Prefer: wait` so the board shows it at once. */
export function NewJobPage() {
  const [draft, setDraft, clearDraft] = useDraft<{ values: JobFormValues; key: string; documents?: Picks }>('job-new', {
    values: emptyForm,
    key: newIdempotencyKey(),
  });
  const library = useLibrary(sentDocumentsClient);
  const picks = draft.documents ?? NO_PICKS;
  const navigate = useNavigate();
  const notify = useNotify();
  const shown = useShown();
  const location = useLocation();
  // a confirmed capture (/capture) opens this form filled with its draft, once
  const prefill = (location.state as { prefill?: JobFormValues } | null)?.prefill;
  useEffect(() => {
    if (!prefill) return;
    setDraft({ values: withDefaults(prefill), key: newIdempotencyKey() });
    navigate('/jobs/new', { replace: true, state: null });
  }, [prefill, setDraft, navigate]);
  return (
    <main id="main">
      <h1>New job</h1>
      <JobForm
        values={withDefaults(draft.values)}
        onChange={(values) => setDraft((d) => ({ ...d, values }))}
        submitLabel="Save"
        cancel={<Link to="/" className="button" onClick={() => clearDraft()}>Cancel</Link>}
        documents={<AttachDocuments library={library} status={withDefaults(draft.values).status} picks={picks} onChange={(documents) => setDraft((d) => ({ ...d, documents }))} />}
        onSubmit={async (values) => {
          // the same key on a retry (after a network error or a re-login) records the job once
          const outcome = await createJob(createBody(values), draft.key);
          if (!outcome.ok) return outcome;
          const jobId = outcome.job?.job_id ?? outcome.jobId;
          const unsaved = jobId && Object.keys(picks).length > 0 ? await attachAfterSave(jobId, picks, library) : null;
          clearDraft();
          notify({ message: outcome.job ? `Added ${jobName(outcome.job)}.` : `Added ${values.company} — ${values.position}; it shows in a moment.` });
          // recorded all the same: the warning says which jobs it may repeat, for the user to check
          const warning = duplicateWarning(outcome.duplicates);
          if (warning) notify({ message: warning, kind: 'error', durationMs: 0 });
          if (unsaved && jobId) {
            // the job is saved; its page offers the choice again with the API's reasons
            if (shown.current) navigate(`/jobs/${jobId}`, { state: { unsavedDocuments: unsaved } });
            else notify({ message: `The documents were not attached to ${values.company} — ${values.position}: ${unsaved.lines.join(' ')}`, kind: 'error', durationMs: 0 });
            return outcome;
          }
          if (shown.current) navigate('/', { state: outcome.job ? { created: outcome.job } : null });
          return outcome;
        }}
      />
    </main>
  );
}

/** `/jobs/:jobId/edit`: changes sent as a JSON Merge Patch with `If-Match`. */
export function EditJobPage() {
  const { jobId = '' } = useParams();
  const [job, setJob] = useState<Job>();
  const [loadError, setLoadError] = useState<string>();
  // the draft keeps what was typed and the version it was typed against
  const [draft, setDraft, clearDraft] = useDraft<{ values: JobFormValues; base: JobFormValues; version: string; documents?: Picks } | null>(`job-edit:${jobId}`, null);
  const [conflict, setConflict] = useState<string>();
  const navigate = useNavigate();
  const notify = useNotify();
  const shown = useShown();

  const reload = useRef(async (signal?: AbortSignal) => {
    const { data, response } = await fetchJob(jobId, signal);
    if (data) setJob(data);
    else setLoadError(refusal(response.status));
    return data;
  });

  useEffect(() => {
    const abort = new AbortController();
    reload.current(abort.signal).catch(() => !abort.signal.aborted && setLoadError(refusal(0)));
    return () => abort.abort();
  }, [jobId]);

  useEffect(() => {
    if (!job) return;
    // start from the server's copy unless there are typed changes to keep (a draft left untouched goes stale)
    const untouched = draft && JSON.stringify(withDefaults(draft.values)) === JSON.stringify(withDefaults(draft.base));
    if (!draft || (untouched && draft.version !== job.version)) {
      setDraft({ values: formOf(job), base: formOf(job), version: job.version });
    }
  }, [job, draft, setDraft]);

  // moving the job to Applied offers the documents sent with it, starting from those attached already
  const applying = draft ? withDefaults(draft.values).status === 'Applied' && withDefaults(draft.base).status !== 'Applied' : false;
  const library = useLibrary(sentDocumentsClient, applying);
  const attached = picksOf(job?.documents);
  const picks = draft?.documents ?? attached;

  const title = job ? `Edit ${jobName(job)}` : 'Edit job';
  return (
    <main id="main">
      <h1>{title}</h1>
      {loadError && <p role="alert" className="error">{loadError}</p>}
      {conflict && <p role="alert" className="form-errors">{conflict}</p>}
      {!draft && !loadError && <p aria-live="polite">Loading…</p>}
      {draft && (
        <JobForm
          values={withDefaults(draft.values)}
          onChange={(values) => setDraft((d) => (d ? { ...d, values } : d))}
          submitLabel="Save"
          cancel={<Link to={`/jobs/${jobId}`} className="button" onClick={() => clearDraft()}>Cancel</Link>}
          documents={applying ? <AttachDocuments library={library} status="Applied" picks={picks} onChange={(documents) => setDraft((d) => (d ? { ...d, documents } : d))} /> : undefined}
          onSubmit={async (values) => {
            // a draft kept from before the form had a field has no value for it: the field was blank
            const base = withDefaults(draft.base);
            const patch = mergePatch(base, values);
            if (Object.keys(patch).length === 0) {
              clearDraft();
              navigate(`/jobs/${jobId}`);
              return { ok: true, status: 200 };
            }
            const outcome = await patchJob(jobId, patch, draft.version);
            if (outcome.ok) {
              const unsaved = applying && !samePicks(picks, attached) ? await attachAfterSave(jobId, picks, library) : null;
              clearDraft();
              notify({ message: 'Saved.' });
              if (unsaved && !shown.current) notify({ message: `The documents were not attached: ${unsaved.lines.join(' ')}`, kind: 'error', durationMs: 0 });
              // a refused attachment is offered again on the job's page, with the API's reasons
              if (shown.current) navigate(`/jobs/${jobId}`, unsaved ? { state: { unsavedDocuments: unsaved } } : undefined);
            } else if (outcome.status === 412) {
              // keep what was typed (the documents chosen too); compare it with the latest copy from now on
              const latest = await reload.current().catch(() => undefined);
              if (latest) {
                setDraft({ values: rebase(base, values, formOf(latest)), base: formOf(latest), version: latest.version, ...(draft.documents ? { documents: draft.documents } : {}) });
                setConflict('This job was changed elsewhere since you opened it. The form now shows the latest version with your changes on top: check them and Save again.');
                return { ok: true, status: 412 };
              }
            }
            return outcome;
          }}
        />
      )}
    </main>
  );
}

type Outcome = { ok: true; status: number } | { ok: false; status: number; problem?: Problem };

function JobForm({ values, onChange, onSubmit, submitLabel, cancel, documents }: {
  values: JobFormValues;
  onChange: (values: JobFormValues) => void;
  onSubmit: (values: JobFormValues) => Promise<Outcome>;
  submitLabel: string;
  cancel: ReactNode;
  /** The "Documents sent" picker (issue 20), below the status, when the form offers it. */
  documents?: ReactNode;
}) {
  const [errors, setErrors] = useState<Errors>({});
  const [other, setOther] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const formId = useId();
  const set = (key: keyof JobFormValues) => (value: string) => {
    onChange({ ...values, [key]: value });
    if (errors[key]) setErrors((e) => ({ ...e, [key]: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Errors = {};
    if (!values.company.trim()) missing.company = 'Enter the company.';
    if (!values.position.trim()) missing.position = 'Enter the position.';
    const descriptionTooLong = tooLong('job description', characterCount(values.job_description.trim()), JOB_DESCRIPTION_MAX);
    if (descriptionTooLong) missing.job_description = descriptionTooLong;
    if (Object.keys(missing).length) {
      setErrors(missing);
      setOther([]);
      focusFirst(formId, missing);
      return;
    }
    setBusy(true);
    try {
      const outcome = await onSubmit(values);
      if (!outcome.ok) {
        const { fieldErrors: byField, elsewhere: rest } = splitFieldProblems(outcome.problem, FIELDS);
        setErrors(byField as Errors);
        const said = Object.keys(byField).length ? rest : [refusal(outcome.status, outcome.problem), ...rest];
        setOther(said);
        if (Object.keys(byField).length) focusFirst(formId, byField as Errors);
        else summary.current?.focus();
      } else {
        setErrors({});
        setOther([]);
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof JobFormValues, label: string, input: (props: InputProps) => ReactNode, hint?: string, after?: ReactNode) => {
    const id = `${formId}-${key}`;
    const error = errors[key];
    const described = [hint && `${id}-hint`, after && `${id}-count`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && <span id={`${id}-hint`} className="hint">{hint}</span>}
        {input({ id, name: key, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
        {after}
        {error && <span id={`${id}-error`} className="field-error">{error}</span>}
      </div>
    );
  };
  const text = (key: keyof JobFormValues, type = 'text', extra: Record<string, unknown> = {}) => (props: InputProps) => (
    <input {...props} {...extra} type={type} value={values[key]} onChange={(e) => set(key)(e.target.value)} />
  );

  return (
    <form id={formId} className="job-form" noValidate onSubmit={(e) => void submit(e)}>
      <div ref={summary} tabIndex={-1} role="alert">
        {other.length > 0 && (
          <div className="form-errors">
            <p>The job was not saved:</p>
            <ul>{other.map((o, i) => <li key={i}>{o}</li>)}</ul>
          </div>
        )}
      </div>
      <div className="row">
        {field('company', 'Company (required)', text('company', 'text', { maxLength: 200, autoComplete: 'organization' }))}
        {field('position', 'Position (required)', text('position', 'text', { maxLength: 200, autoComplete: 'organization-title' }))}
      </div>
      <div className="row">
        {field('status', 'Status', (props) => (
          <select {...props} value={values.status} onChange={(e) => isStatus(e.target.value) && set('status')(e.target.value)}>
            {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        ))}
        {field('applied_date', 'Applied on', text('applied_date', 'date'))}
      </div>
      {documents}
      <div className="row">
        {field('location', 'Location', text('location', 'text', { maxLength: 200 }))}
        {field('salary_range', 'Salary range', text('salary_range', 'text', { maxLength: 100 }), 'e.g. $120k–$180k')}
      </div>
      {field('source', 'Source', text('source', 'text', { maxLength: SOURCE_MAX, list: `${formId}-sources`, autoComplete: 'off' }),
        'Where the application came from: pick a suggestion or type your own.')}
      <datalist id={`${formId}-sources`}>{SOURCE_SUGGESTIONS.map((s) => <option key={s} value={s} />)}</datalist>
      {field('url', 'Job posting URL', text('url', 'url', { maxLength: 2048, placeholder: 'https://' }))}
      <div className="row">
        {field('interview_at', 'Interview at', text('interview_at', 'datetime-local'), 'Your local time; a reminder is emailed the day before.')}
        {field('follow_up_at', 'Follow up at', text('follow_up_at', 'datetime-local'), 'Your local time; a reminder is emailed then.')}
      </div>
      {field('tags', 'Tags', text('tags', 'text', { autoComplete: 'off' }), 'Separate tags with commas, e.g. backend, remote')}
      {field('notes', 'Notes', (props) => (
        <textarea {...props} rows={5} maxLength={5000} value={values.notes} onChange={(e) => set('notes')(e.target.value)} />
      ))}
      {field(
        'job_description',
        'Job description',
        (props) => (
          <textarea {...props} rows={10} value={values.job_description} onChange={(e) => set('job_description')(e.target.value)} />
        ),
        "Optional. Paste the posting's text: the job page then shows AI insights (a summary, the skills asked for and, with your resume, how well you match).",
        <CharacterCount id={`${formId}-job_description`} text={values.job_description} max={JOB_DESCRIPTION_MAX} />,
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : submitLabel}</button>
        {cancel}
      </div>
    </form>
  );
}

type InputProps = { id: string; name: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

function focusFirst(formId: string, errors: Errors) {
  const first = FIELDS.find((f) => errors[f]);
  if (first) document.getElementById(`${formId}-${first}`)?.focus();
}

/** A random key for `Idempotency-Key` (randomUUID needs a secure context; getRandomValues does not). */
function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
