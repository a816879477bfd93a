import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { saveBlob } from '../api/download';
import { listContacts } from '../contacts/contactsApi';
import { contactClient, type ContactClient, type ContactSummary } from '../contacts/contactTypes';
import { useDraft } from '../forms/useDraft';
import { browserTimeZone } from '../preferences/timeZones';
import { emptyInterviewForm, interviewFormOf, interviewPatchOf, interviewRequestOf, KIND_LABELS, type InterviewFormValues } from './interviewForm';
import { InterviewForm } from './InterviewForm';
import {
  cancelInterview, downloadInterviewIcs, listInterviews, recordOutcome, refusalMessage, rescheduleInterview, scheduleInterview,
  type Refused, type Saved,
} from './interviewsApi';
import { formatDuration, zonedTime } from './interviewTime';
import { interviewClient, INTERVIEW_OUTCOMES, type Interview, type InterviewClient, type InterviewOutcome } from './interviewTypes';
import './interviews.css';

export const OUTCOME_LABELS: Record<InterviewOutcome, string> = { passed: 'Passed', rejected: 'Rejected', no_show: 'No-show', unknown: 'Unknown' };

const byStart = (a: Interview, b: Interview) => a.starts_at.localeCompare(b.starts_at) || a.interview_id.localeCompare(b.interview_id);

/** The interviews with `changed` in place of (or added to) its earlier copy, by start. */
export function withInterview(list: readonly Interview[], changed: Interview): Interview[] {
  return [...list.filter((i) => i.interview_id !== changed.interview_id), changed].sort(byStart);
}

const NONE: readonly ContactSummary[] = [];

type Mode = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; interview: Interview };

/**
 * The job page's "Interviews": every interview of the job (cancelled ones struck through), each
 * on the wall clock of the zone it was arranged in; schedule, reschedule, cancel, record the
 * outcome, and download one as an `.ics` file. `client`/`contactsClient` are for tests.
 */
export function InterviewsSection({
  jobId,
  initial,
  jobContacts = NONE,
  client = interviewClient,
  contactsClient = contactClient,
}: {
  jobId: string;
  /** The Job view's `interviews`, when it has them. */
  initial?: readonly Interview[];
  /** The Job view's `contacts` (offered first, and named even before the contact list loads). */
  jobContacts?: readonly ContactSummary[];
  client?: InterviewClient;
  contactsClient?: ContactClient;
}) {
  const [interviews, setInterviews] = useState<Interview[] | undefined>(initial ? [...initial].sort(byStart) : undefined);
  const [loadError, setLoadError] = useState<string>();
  const [contacts, setContacts] = useState<ContactSummary[]>([...jobContacts]);
  const [mode, setMode] = useState<Mode>({ kind: 'closed' });
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState<string>();
  const browserZone = useMemo(browserTimeZone, []);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      const outcome = await listInterviews(client, jobId, signal);
      if (outcome.kind === 'list') {
        setInterviews([...outcome.items].sort(byStart));
        setLoadError(undefined);
      } else setLoadError(outcome.message);
    },
    [client, jobId],
  );

  useEffect(() => {
    if (initial) return;
    const abort = new AbortController();
    reload(abort.signal).catch(() => undefined);
    return () => abort.abort();
  }, [initial, reload]);

  // the job's contacts as the page last had them (a new copy of the same job asks for no new list)
  const linked = useRef(jobContacts);
  linked.current = jobContacts;
  const linkedKey = jobContacts.map((c) => c.contact_id).join(' ');

  useEffect(() => {
    const abort = new AbortController();
    const jobContacts = linked.current;
    listContacts(contactsClient, '', abort.signal)
      .then((outcome) => {
        if (outcome.kind !== 'list') return;
        // the job's own contacts first, then everyone else by name
        const linked = new Set(jobContacts.map((c) => c.contact_id));
        const others = outcome.items.filter((c) => !linked.has(c.contact_id)).sort((a, b) => a.name.localeCompare(b.name));
        setContacts([...jobContacts, ...others]);
      })
      .catch(() => undefined);
    return () => abort.abort();
  }, [contactsClient, linkedKey]);

  const names = useMemo(() => new Map(contacts.map((c) => [c.contact_id, c.name])), [contacts]);

  /** After a command: the interview as answered, else (202: recorded, not yet shown) the list again. */
  async function settled(outcome: Saved, sentence: string) {
    if (outcome.interview) setInterviews((list) => withInterview(list ?? [], outcome.interview!));
    else await reload();
    setSaid(sentence);
  }

  async function run(key: string, work: () => Promise<Saved | Refused>, sentence: string, failed: string) {
    setBusy(key);
    setProblem('');
    setSaid('');
    const outcome = await work();
    setBusy(undefined);
    if (outcome.kind === 'refused') setProblem(refusalMessage(outcome, failed));
    else await settled(outcome, sentence);
  }

  async function download(interview: Interview) {
    setBusy(`ics-${interview.interview_id}`);
    setProblem('');
    const file = await downloadInterviewIcs(client, jobId, interview.interview_id);
    setBusy(undefined);
    if (file.kind === 'failed') {
      setProblem(file.message);
      return;
    }
    saveBlob(file.blob, file.fileName);
    setSaid(`Downloaded ${file.fileName}.`);
  }

  return (
    <section className="interviews" aria-labelledby="interviews-title">
      <div className="section-head">
        <h2 id="interviews-title">Interviews</h2>
        {mode.kind === 'closed' && (
          <button type="button" className="button" onClick={() => setMode({ kind: 'new' })}>Schedule an interview</button>
        )}
      </div>
      <p role="status" className="form-status">{said}</p>
      <p role="alert" className="interviews-problem">{problem}</p>
      {mode.kind === 'new' && (
        <NewInterview
          jobId={jobId}
          contacts={contacts}
          browserZone={browserZone}
          onClose={() => setMode({ kind: 'closed' })}
          onSaved={async (outcome) => {
            setMode({ kind: 'closed' });
            await settled(outcome, 'Interview scheduled.');
          }}
          client={client}
        />
      )}
      {loadError && <p role="alert" className="error">{loadError}</p>}
      {!interviews && !loadError && <p role="status">Loading the interviews…</p>}
      {interviews?.length === 0 && <p className="muted">No interviews yet.</p>}
      {interviews && interviews.length > 0 && (
        <ul className="interview-list" aria-label="Interviews, soonest first">
          {interviews.map((interview) =>
            mode.kind === 'edit' && mode.interview.interview_id === interview.interview_id ? (
              <li key={interview.interview_id} className="interview editing">
                <EditInterview
                  interview={interview}
                  contacts={contacts}
                  onClose={() => setMode({ kind: 'closed' })}
                  onSaved={async (outcome) => {
                    setMode({ kind: 'closed' });
                    await settled(outcome, 'Interview rescheduled.');
                  }}
                  client={client}
                />
              </li>
            ) : (
              <InterviewItem
                key={interview.interview_id}
                interview={interview}
                browserZone={browserZone}
                names={names}
                busy={busy !== undefined}
                onReschedule={() => setMode({ kind: 'edit', interview })}
                onCancel={() =>
                  void run(`cancel-${interview.interview_id}`, () => cancelInterview(client, jobId, interview.interview_id), 'Interview cancelled.', 'The interview was not cancelled.')
                }
                onOutcome={(outcome) =>
                  void run(
                    `outcome-${interview.interview_id}`,
                    () => recordOutcome(client, jobId, interview.interview_id, outcome),
                    `Outcome recorded: ${OUTCOME_LABELS[outcome]}.`,
                    'The outcome was not recorded.',
                  )
                }
                onDownload={() => void download(interview)}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function NewInterview(props: {
  jobId: string;
  contacts: readonly ContactSummary[];
  browserZone: string;
  onClose: () => void;
  onSaved: (outcome: Saved) => Promise<void>;
  client: InterviewClient;
}) {
  const { jobId, contacts, browserZone, onClose, onSaved, client } = props;
  const [values, setValues, clear] = useDraft<InterviewFormValues>(`interview-new:${jobId}`, emptyInterviewForm(browserZone));
  return (
    <div className="interview-editor">
      <h3>Schedule an interview</h3>
      <InterviewForm
        idPrefix="interview-new"
        values={values}
        onChange={setValues}
        contacts={contacts}
        submitLabel="Schedule interview"
        onClose={() => {
          clear();
          onClose();
        }}
        onSubmit={async (v) => {
          const outcome = await scheduleInterview(client, jobId, interviewRequestOf(v));
          if (outcome.kind === 'refused') return outcome.errors;
          clear();
          await onSaved(outcome);
          return null;
        }}
      />
    </div>
  );
}

function EditInterview(props: {
  interview: Interview;
  contacts: readonly ContactSummary[];
  onClose: () => void;
  onSaved: (outcome: Saved) => Promise<void>;
  client: InterviewClient;
}) {
  const { interview, contacts, onClose, onSaved, client } = props;
  const base = useMemo(() => interviewFormOf(interview), [interview]);
  const [values, setValues, clear] = useDraft<InterviewFormValues>(`interview-edit:${interview.interview_id}`, base);
  return (
    <div className="interview-editor">
      <h3>Reschedule the interview</h3>
      <InterviewForm
        idPrefix={`interview-${interview.interview_id}`}
        values={values}
        onChange={setValues}
        contacts={contacts}
        submitLabel="Save changes"
        onClose={() => {
          clear();
          onClose();
        }}
        onSubmit={async (v) => {
          const patch = interviewPatchOf(base, v);
          if (Object.keys(patch).length === 0) {
            clear();
            onClose();
            return null;
          }
          const outcome = await rescheduleInterview(client, interview.job_id, interview.interview_id, patch);
          if (outcome.kind === 'refused') return outcome.errors;
          clear();
          await onSaved(outcome);
          return null;
        }}
      />
    </div>
  );
}

/** One interview: when (its zone's clock, the zone, the browser's clock), what, where, who, and its actions. */
export function InterviewItem(props: {
  interview: Interview;
  browserZone: string;
  names: ReadonlyMap<string, string>;
  busy: boolean;
  onReschedule: () => void;
  onCancel: () => void;
  onOutcome: (outcome: InterviewOutcome) => void;
  onDownload: () => void;
  /** The time now (ms; for tests): an outcome is recorded once the interview has started. */
  now?: number;
}) {
  const { interview, browserZone, names, busy, onReschedule, onCancel, onOutcome, onDownload, now = Date.now() } = props;
  const [outcome, setOutcome] = useState<InterviewOutcome>(interview.outcome ?? 'passed');
  // cancelling cannot be undone (a cancelled interview stays cancelled), so it takes a second click
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const when = zonedTime(interview.starts_at, interview.time_zone, browserZone);
  const cancelled = interview.status === 'cancelled';
  const whenText = (
    <>
      <time dateTime={interview.starts_at}>{when.local}</time> <span className="interview-zone">{when.zone} ({when.offset})</span>
    </>
  );
  const outcomeId = `interview-outcome-${interview.interview_id}`;
  const people = interview.contact_ids.map((id) => ({ id, name: names.get(id) }));

  return (
    <li className={cancelled ? 'interview cancelled' : 'interview'}>
      <p className="interview-when">
        {cancelled ? <del>{whenText}</del> : whenText}
        {cancelled && <strong className="interview-badge">Cancelled</strong>}
      </p>
      {when.yours && <p className="muted">Your time ({browserZone}): {when.yours}</p>}
      <p className="interview-what">
        {KIND_LABELS[interview.kind]} · {formatDuration(interview.duration_minutes)}
        {interview.outcome && <> · Outcome: <strong>{OUTCOME_LABELS[interview.outcome]}</strong></>}
      </p>
      {interview.location && <p>Location: {interview.location}</p>}
      {interview.meeting_url && (
        <p>
          Meeting link: <a href={interview.meeting_url} rel="noopener noreferrer" target="_blank">{interview.meeting_url}</a>
        </p>
      )}
      {people.length > 0 && (
        <p>
          With:{' '}
          {people.map((p, i) => (
            <span key={p.id}>
              {i > 0 && ', '}
              <Link to={`/contacts/${p.id}`}>{p.name ?? 'a contact'}</Link>
            </span>
          ))}
        </p>
      )}
      {interview.notes && <p className="interview-notes">{interview.notes}</p>}
      {interview.legacy && <p className="muted">From the job's "Interview at" time: change it by editing the job.</p>}
      <div className="interview-actions">
        {!cancelled && !interview.legacy && !confirmingCancel && (
          <>
            <button type="button" className="button button-secondary" disabled={busy} onClick={onReschedule}>Reschedule</button>
            <button type="button" className="button button-secondary danger" disabled={busy} onClick={() => setConfirmingCancel(true)}>
              Cancel interview
            </button>
          </>
        )}
        {!cancelled && !interview.legacy && confirmingCancel && (
          <div role="group" aria-label="Cancel this interview?" className="interview-confirm">
            <p>Cancel this interview? It stays listed as cancelled and cannot be restored; schedule a new one to meet again.</p>
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => {
                setConfirmingCancel(false);
                onCancel();
              }}
            >
              Yes, cancel it
            </button>
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => setConfirmingCancel(false)}>
              Keep it
            </button>
          </div>
        )}
        <button type="button" className="button button-secondary" disabled={busy} onClick={onDownload}>Download .ics</button>
      </div>
      {!cancelled && !interview.legacy && (Date.parse(interview.starts_at) <= now || interview.outcome) && (
        <div className="interview-outcome">
          <label htmlFor={outcomeId}>Outcome</label>
          <select id={outcomeId} value={outcome} onChange={(e) => setOutcome(e.target.value as InterviewOutcome)}>
            {INTERVIEW_OUTCOMES.map((o) => (
              <option key={o} value={o}>{OUTCOME_LABELS[o]}</option>
            ))}
          </select>
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => onOutcome(outcome)}>Record outcome</button>
        </div>
      )}
    </li>
  );
}
