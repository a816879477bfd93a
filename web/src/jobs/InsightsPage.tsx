import { dateTime } from './dates';
import { useEffect, useState } from 'react';
import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { api } from '../api/client';
import { refusal } from './jobsApi';
import { FunnelSection } from './FunnelCharts';
import { getInsights, type Insights } from './restoreAndInsightsApi';
import { STATUSES, type JobStatus } from './statuses';
import './insights.css';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip);

type Figures = {
  byStatus: Partial<Record<JobStatus, number>>;
  total: number;
  /** Absent until GET /api/me/insights answers (the fallback has the counts only). */
  insights?: Insights;
};

const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 });
const ACCENT = '#0a5bd3';

/** `/insights` (lazy-loaded with chart.js): counts per status, the analytics figures, weekly applications. */
export default function InsightsPage() {
  const [figures, setFigures] = useState<Figures>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const abort = new AbortController();
    (async () => {
      const insights = await getInsights(abort.signal).catch(() => undefined);
      const i = insights?.data;
      if (i && i.as_of !== null) {
        const byStatus = Object.fromEntries(i.jobs_by_status.map((c) => [c.status, c.count]));
        setFigures({ byStatus, total: i.total_jobs, insights: i });
        return;
      }
      // before the analytics stream has figures for this user (or when they cannot be read): the counts alone
      const { data, response } = await api.GET('/api/jobs/stats', { signal: abort.signal });
      if (data) setFigures({ byStatus: data.by_status as Figures['byStatus'], total: data.total });
      else setError(refusal(response.status));
    })().catch(() => !abort.signal.aborted && setError(refusal(0)));
    return () => abort.abort();
  }, []);

  return (
    <main id="main" className="insights">
      <h1>Statistics</h1>
      {error && <p role="alert" className="error">{error}</p>}
      {!figures && !error && <p aria-live="polite">Loading…</p>}
      {figures && <Report figures={figures} />}
    </main>
  );
}

function Report({ figures }: { figures: Figures }) {
  const { insights } = figures;
  const counts = STATUSES.map((s) => ({ status: s, jobs: figures.byStatus[s] ?? 0 }));
  return (
    <>
      {insights && (
        <section aria-labelledby="rates-heading">
          <h2 id="rates-heading">How your applications are doing</h2>
          <dl className="rates">
            <div><dt>Applications sent</dt><dd>{insights.applied_jobs}</dd></div>
            <div><dt>Response rate</dt><dd>{percent.format(insights.response_rate)}</dd></div>
            <div><dt>Interview rate</dt><dd>{percent.format(insights.interview_rate)}</dd></div>
            <div><dt>Offer rate</dt><dd>{percent.format(insights.offer_rate)}</dd></div>
            <div>
              <dt>Median days to first response</dt>
              <dd>{insights.median_days_to_first_response ?? '—'}</dd>
            </div>
          </dl>
          {insights.as_of && <p className="muted">As of {dateTime.format(new Date(insights.as_of))}.</p>}
        </section>
      )}

      {insights && <FunnelSection funnel={insights.funnel} />}

      {insights && (
        <section aria-labelledby="weekly-heading">
          <h2 id="weekly-heading">Applications per week</h2>
          <BarChart
            label="Applications"
            labels={insights.applications_per_week.map((w) => w.week)}
            values={insights.applications_per_week.map((w) => w.applications)}
            summary={`Bar chart of applications per week over ${insights.applications_per_week.length} weeks; the table below has the numbers.`}
          />
          <table>
            <caption>Applications per week</caption>
            <thead><tr><th scope="col">Week</th><th scope="col">Applications</th></tr></thead>
            <tbody>
              {insights.applications_per_week.map((w) => <tr key={w.week}><th scope="row">{w.week}</th><td>{w.applications}</td></tr>)}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Jobs per status ({figures.total} in all)</h2>
        <BarChart
          label="Jobs"
          labels={counts.map((c) => c.status)}
          values={counts.map((c) => c.jobs)}
          summary={`Bar chart of your ${figures.total} jobs per status; the table below has the numbers.`}
        />
        <table>
          <caption>Jobs per status</caption>
          <thead><tr><th scope="col">Status</th><th scope="col">Jobs</th></tr></thead>
          <tbody>
            {counts.map((c) => <tr key={c.status}><th scope="row">{c.status}</th><td>{c.jobs}</td></tr>)}
          </tbody>
        </table>
      </section>
    </>
  );
}

function BarChart({ label, labels, values, summary }: { label: string; labels: string[]; values: number[]; summary: string }) {
  return (
    <div className="chart">
      <Bar
        role="img"
        aria-label={summary}
        options={{
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false } },
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        }}
        data={{ labels, datasets: [{ label, data: values, backgroundColor: ACCENT }] }}
      />
    </div>
  );
}
