import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { browserTimeZone } from '../preferences/timeZones';
import { KIND_LABELS } from './interviewForm';
import { upcomingInterviews } from './interviewsApi';
import { zonedTime } from './interviewTime';
import { interviewClient, type InterviewClient, type UpcomingInterview } from './interviewTypes';
import './interviews.css';

/** How many the board lists. */
export const UPCOMING_LIMIT = 5;

/**
 * The board's "Upcoming interviews": the next few scheduled interviews across jobs, each on its
 * own zone's clock, linking to its job. Shown only when there are some (the board is for jobs).
 */
export function UpcomingInterviews({ client = interviewClient, initial }: { client?: InterviewClient; initial?: UpcomingInterview[] }) {
  const [items, setItems] = useState<UpcomingInterview[] | undefined>(initial);
  const browserZone = useMemo(browserTimeZone, []);

  useEffect(() => {
    if (initial) return;
    const abort = new AbortController();
    upcomingInterviews(client, UPCOMING_LIMIT, abort.signal)
      .then((outcome) => outcome.kind === 'list' && setItems(outcome.items))
      .catch(() => undefined); // the board works without it
    return () => abort.abort();
  }, [client, initial]);

  if (!items || items.length === 0) return null;
  return (
    <section className="upcoming" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title">Upcoming interviews</h2>
      <ul>
        {items.map((interview) => {
          const when = zonedTime(interview.starts_at, interview.time_zone, browserZone);
          return (
            <li key={interview.interview_id}>
              <Link to={`/jobs/${interview.job_id}`}>{[interview.company, interview.position].filter(Boolean).join(' — ') || 'The job'}</Link>
              <span>
                <time dateTime={interview.starts_at}>{when.local}</time> <span className="muted">{when.zone}</span>
              </span>
              <span className="muted">{KIND_LABELS[interview.kind]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
