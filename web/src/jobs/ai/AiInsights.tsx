import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { dateTime } from '../dates';
import { fetchJob } from '../jobsApi';
import type { JobInsights, JobWithInsights } from './aiTypes';
import { aiStatusOf, awaitInsights, type LoadJob } from './awaitInsights';
import { computedBy, degradedNote } from './insightsText';
import './ai.css';

/** Where the job page stands with insights being computed. */
export type Waiting =
  /** Nothing asked (ready, none) or not yet. */
  | 'idle'
  /** Asking every 2 s. */
  | 'computing'
  /** Asked for a minute; still pending. */
  | 'timed-out'
  /** The insights came while the page waited (said once to screen readers). */
  | 'arrived';

/**
 * While the job's `ai_status` is `pending`, asks for the job every 2 s for up to a minute and
 * hands each settled copy to `onJob`. `checkAgain` starts another minute after a time-out.
 */
export function useAwaitedInsights(job: JobWithInsights | undefined, onJob: (job: JobWithInsights) => void, load: LoadJob = defaultLoad(job)) {
  const [waiting, setWaiting] = useState<Waiting>('idle');
  const [round, setRound] = useState(0);
  const pending = job !== undefined && aiStatusOf(job) === 'pending';
  const jobId = job?.job_id;

  useEffect(() => {
    if (!pending || !jobId) return;
    const abort = new AbortController();
    setWaiting('computing');
    void awaitInsights(load, { signal: abort.signal }).then((outcome) => {
      if (abort.signal.aborted) return;
      if (outcome.kind === 'settled') {
        setWaiting(aiStatusOf(outcome.job) === 'ready' ? 'arrived' : 'idle');
        onJob(outcome.job);
      } else if (outcome.kind === 'timed-out') {
        setWaiting('timed-out');
      } else {
        setWaiting('idle');
      }
    });
    return () => abort.abort();
    // the job's id and state start a round; a new copy of the same pending job does not restart it
  }, [jobId, pending, round]);

  return { waiting: pending || waiting === 'arrived' ? waiting : 'idle', checkAgain: () => setRound((n) => n + 1) } as const;
}

function defaultLoad(job: JobWithInsights | undefined): LoadJob {
  return (signal) => fetchJob(job?.job_id ?? '', signal);
}

/**
 * The job page's "AI insights" region: the match score, summary, required skills, strengths and
 * gaps computed from the posting's text (and the resume), which model computed them, and a note
 * when the configured AI was unavailable and the offline estimate stood in.
 */
export function AiInsights({ job, waiting, onCheckAgain }: { job: JobWithInsights; waiting: Waiting; onCheckAgain: () => void }) {
  const status = aiStatusOf(job);
  const ai = status === 'ready' ? job.ai : undefined;
  return (
    <section className="ai-insights" aria-labelledby="ai-insights-title">
      <h2 id="ai-insights-title">AI insights</h2>
      <div aria-live="polite" className="ai-live">
        {status === 'pending' && waiting !== 'timed-out' && <p className="ai-computing">Computing insights…</p>}
        {waiting === 'arrived' && <p className="visually-hidden">Insights ready.</p>}
      </div>
      {status === 'pending' && waiting === 'timed-out' && (
        <p className="ai-late">
          Computing insights takes longer than usual.{' '}
          <button type="button" className="link-like" onClick={onCheckAgain}>Check again</button>
        </p>
      )}
      {status === 'none' && (
        <p className="muted">
          <Link to={`/jobs/${job.job_id}/edit`}>Add the posting's text</Link> to get insights.
        </p>
      )}
      {ai && <InsightsBody ai={ai} />}
    </section>
  );
}

function InsightsBody({ ai }: { ai: JobInsights }) {
  const note = degradedNote(ai);
  const scored = ai.match_score !== null && ai.match_score !== undefined;
  return (
    <>
      <p className="ai-estimate">
        These are estimates computed from the posting's text{scored ? ' and your resume' : ''}: a guide, not a verdict.
      </p>
      {note && <p className="ai-degraded">{note}</p>}
      <div className="ai-match">
        {scored ? (
          <>
            <label htmlFor="ai-match-score">Match score</label>
            <meter id="ai-match-score" min={0} max={100} low={40} high={70} optimum={100} value={ai.match_score!} />
            <span className="ai-score">{ai.match_score} / 100</span>
          </>
        ) : (
          <p>
            No resume yet: <Link to="/account">add one on your account page</Link>
          </p>
        )}
      </div>
      <h3>Summary</h3>
      <p className="ai-summary">{ai.summary}</p>
      <h3>Required skills</h3>
      <Items items={ai.required_skills} className="ai-skills" none="None found in the posting." />
      {scored && (
        <>
          <h3>Strengths</h3>
          <Items items={ai.strengths} none="None found." />
          <h3>Gaps</h3>
          <Items items={ai.gaps} none="None found." />
        </>
      )}
      <p className="ai-provenance">
        {computedBy(ai)}, <time dateTime={ai.computed_at}>{dateTime.format(new Date(ai.computed_at))}</time>.
      </p>
    </>
  );
}

function Items({ items, none, className }: { items: readonly string[] | undefined; none: string; className?: string }) {
  if (!items || items.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul className={className}>
      {items.map((item, i) => <li key={`${i}-${item}`}>{item}</li>)}
    </ul>
  );
}
