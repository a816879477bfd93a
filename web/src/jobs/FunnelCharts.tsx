import { useId, useState } from 'react';
import type { components } from '../api/schema';

/** `GET /api/me/insights`' funnel (docs/analytics.md): overall, per ISO week of application, per source group. */
export type Funnel = components['schemas']['InsightsFunnel'];
export type FunnelGroup = components['schemas']['InsightsFunnelGroup'];

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 });
const days = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** Which applications a chart shows: all, one week's (`week:2026-W48`) or one source's (`source:LinkedIn`). */
export type GroupChoice = 'all' | `week:${string}` | `source:${string}`;

/** The funnel group of a choice; the overall one for a choice the funnel does not have. */
export function groupOf(funnel: Funnel, choice: GroupChoice): FunnelGroup {
  if (choice.startsWith('week:')) return funnel.by_week.find((w) => `week:${w.week}` === choice)?.funnel ?? funnel.overall;
  if (choice.startsWith('source:')) return funnel.by_source.find((s) => `source:${s.source}` === choice)?.funnel ?? funnel.overall;
  return funnel.overall;
}

/** "3.25 days" / "1 day" / "—" for a figure in days (null when there is none). */
export function formatDays(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return `${days.format(value)} ${value === 1 ? 'day' : 'days'}`;
}

/**
 * The statistics page's funnel section: a picker of the applications shown (all, a week, a source), the funnel
 * (how many reached each stage, and how many of those moved on) and the time spent in each stage (median and 90th
 * percentile) with the time to the first answer. Plain SVG and CSS: each chart comes with its numbers in text.
 */
export function FunnelSection({ funnel, initial = 'all' }: { funnel: Funnel; initial?: GroupChoice }) {
  const [choice, setChoice] = useState<GroupChoice>(initial);
  const pickerId = useId();
  const group = groupOf(funnel, choice);
  return (
    <section aria-labelledby="funnel-heading" className="funnel-section">
      <h2 id="funnel-heading">How far your applications got</h2>
      <p className="muted">
        From every stage change, not only where applications stand now: one rejected after an interview counts as having
        reached Interviewing, and a status changed back and forth counts once.
      </p>
      <div className="field">
        <label htmlFor={pickerId}>Applications</label>
        <select id={pickerId} value={choice} onChange={(e) => setChoice(e.target.value as GroupChoice)}>
          <option value="all">All ({funnel.overall.applications})</option>
          <optgroup label="Applied in week">
            {funnel.by_week.map((w) => <option key={w.week} value={`week:${w.week}`}>{w.week} ({w.funnel.applications})</option>)}
          </optgroup>
          <optgroup label="Source">
            {funnel.by_source.map((s) => <option key={s.source} value={`source:${s.source}`}>{s.source} ({s.funnel.applications})</option>)}
          </optgroup>
        </select>
      </div>
      <FunnelChart group={group} />
      <TimeInStageChart group={group} />
    </section>
  );
}

/** One bar per stage, as wide as the share of the group's applications that reached it. */
export function FunnelChart({ group }: { group: FunnelGroup }) {
  const top = Math.max(group.applications, 1);
  return (
    <table className="funnel">
      <caption>Funnel: applications that reached each stage</caption>
      <thead><tr><th scope="col">Stage</th><th scope="col">Reached</th><th scope="col">Moved on to the next stage</th></tr></thead>
      <tbody>
        {group.stages.map((s) => (
          <tr key={s.stage}>
            <th scope="row">{s.stage}</th>
            <td className="funnel-bar-cell">
              <span className="funnel-bar" style={{ width: `${Math.round((s.reached / top) * 100)}%` }} aria-hidden="true" />
              <span className="funnel-count">{s.reached}</span>
            </td>
            <td>{s.conversion_to_next === null ? '—' : percent.format(s.conversion_to_next)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ROW = 28;
const LABEL = 110;
const WIDTH = 480;

/**
 * Time in stage: for each stage but the last, a bar to the median and a tick at the 90th percentile, on one scale
 * (the largest p90), then the time to the first answer; the list under it has the numbers.
 */
export function TimeInStageChart({ group }: { group: FunnelGroup }) {
  const rows = [
    ...group.stages.filter((s) => s.time_in_stage).map((s) => ({ name: s.stage, d: s.time_in_stage! })),
    { name: 'First answer', d: group.first_response },
  ];
  const max = Math.max(...rows.map((r) => r.d.p90_days ?? 0), 0);
  const scale = (value: number) => (max === 0 ? 0 : ((WIDTH - LABEL - 10) * value) / max);
  const summary = rows.map((r) => `${r.name}: median ${formatDays(r.d.median_days)}, 90th percentile ${formatDays(r.d.p90_days)}, ${r.d.count} applications`).join('; ');
  return (
    <figure className="time-in-stage">
      <figcaption>Time in stage (median bar, 90th percentile tick)</figcaption>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${rows.length * ROW}`} width="100%">
        {rows.map((r, i) => (
          <g key={r.name} transform={`translate(0 ${i * ROW})`}>
            <text x={0} y={ROW / 2 + 4} className="tis-label">{r.name}</text>
            {r.d.median_days !== null && (
              <rect className="tis-median" x={LABEL} y={6} height={ROW - 12} width={scale(r.d.median_days)} data-days={r.d.median_days} />
            )}
            {r.d.p90_days !== null && (
              <line className="tis-p90" x1={LABEL + scale(r.d.p90_days)} x2={LABEL + scale(r.d.p90_days)} y1={3} y2={ROW - 3} data-days={r.d.p90_days} />
            )}
          </g>
        ))}
      </svg>
      <ul className="tis-numbers">
        {rows.map((r) => (
          <li key={r.name}>
            <strong>{r.name}</strong>: {r.d.count === 0 ? 'no applications yet'
              : `median ${formatDays(r.d.median_days)}, 90th percentile ${formatDays(r.d.p90_days)} (${r.d.count} ${r.d.count === 1 ? 'application' : 'applications'})`}
          </li>
        ))}
      </ul>
    </figure>
  );
}
