import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formatDays, FunnelChart, FunnelSection, groupOf, TimeInStageChart, type Funnel, type FunnelGroup } from './FunnelCharts';

type Stage = FunnelGroup['stages'][number];
const none = { count: 0, median_days: null, p90_days: null };
const empty: FunnelGroup = {
  applications: 0,
  stages: [
    ...(['Applied', 'Screening', 'Interviewing', 'Offer'] as const).map((stage): Stage => ({ stage, reached: 0, conversion_to_next: 0, time_in_stage: none })),
    { stage: 'Accepted', reached: 0, conversion_to_next: null, time_in_stage: null },
  ],
  first_response: none,
};
/** Four applications: one rejected after an interview (3.25 days in Applied, 12 in Interviewing), three waiting. */
const all: FunnelGroup = {
  applications: 4,
  stages: [
    { stage: 'Applied', reached: 4, conversion_to_next: 0.25, time_in_stage: { count: 1, median_days: 3.25, p90_days: 3.25 } },
    { stage: 'Screening', reached: 1, conversion_to_next: 1, time_in_stage: none },
    { stage: 'Interviewing', reached: 1, conversion_to_next: 0, time_in_stage: { count: 1, median_days: 12.03, p90_days: 12.03 } },
    { stage: 'Offer', reached: 0, conversion_to_next: 0, time_in_stage: none },
    { stage: 'Accepted', reached: 0, conversion_to_next: null, time_in_stage: null },
  ],
  first_response: { count: 1, median_days: 3.25, p90_days: 3.25 },
};
const linkedIn: FunnelGroup = { ...empty, applications: 1, stages: empty.stages.map((s, i) => (i === 0 ? { ...s, reached: 1 } : s)) };
const funnel: Funnel = {
  overall: all,
  by_week: Array.from({ length: 12 }, (_, i) => ({ week: `2026-W${37 + i}`, funnel: i === 11 ? all : empty })),
  by_source: ['LinkedIn', 'Referral', 'Company site', 'Job board', 'Recruiter', 'Other', 'Not given']
    .map((source) => ({ source, funnel: source === 'LinkedIn' ? linkedIn : source === 'Not given' ? { ...all, applications: 3 } : empty })) as Funnel['by_source'],
};

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('the funnel chart', () => {
  it('draws each stage as wide as its share of the applications, with the count and the share that moved on', () => {
    const html = renderToStaticMarkup(<FunnelChart group={all} />);
    expect([...html.matchAll(/class="funnel-bar" style="width:(\d+)%"/g)].map((m) => m[1])).toEqual(['100', '25', '25', '0', '0']);
    expect(text(html)).toContain('Applied 4 25%');
    expect(text(html)).toContain('Interviewing 1 0%');
    expect(text(html)).toContain('Accepted 0 —');
  });

  it('draws nothing wider than zero for a group without applications', () => {
    const html = renderToStaticMarkup(<FunnelChart group={empty} />);
    expect([...html.matchAll(/width:(\d+)%/g)].map((m) => m[1])).toEqual(['0', '0', '0', '0', '0']);
  });
});

describe('the time-in-stage chart', () => {
  it('draws the medians on one scale with the 90th percentile ticks, and says the numbers', () => {
    const html = renderToStaticMarkup(<TimeInStageChart group={all} />);
    const medians = [...html.matchAll(/<rect class="tis-median"[^>]*width="([\d.]+)" data-days="([\d.]+)"/g)].map((m) => ({ width: Number(m[1]), days: m[2] }));
    // Applied, Interviewing and the first answer have figures; the longest p90 (12.03 days) spans 360 units
    expect(medians.map((m) => m.days)).toEqual(['3.25', '12.03', '3.25']);
    expect(medians[1]?.width).toBeCloseTo(360, 9);
    expect(medians[0]?.width).toBeCloseTo((360 * 3.25) / 12.03, 9);
    expect(html).toContain('aria-label="Applied: median 3.25 days, 90th percentile 3.25 days, 1 applications;');
    expect(text(html)).toContain('Screening : no applications yet');
    expect(text(html)).toContain('First answer : median 3.25 days, 90th percentile 3.25 days (1 application)');
    expect(text(html)).not.toContain('Accepted');
  });

  it('formats days', () => {
    expect(formatDays(null)).toBe('—');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(12.5)).toBe('12.5 days');
  });
});

describe('the funnel section', () => {
  it('picks the applications of a week or a source, and shows all of them first', () => {
    expect(groupOf(funnel, 'all')).toBe(all);
    expect(groupOf(funnel, 'week:2026-W48')).toBe(all);
    expect(groupOf(funnel, 'week:2026-W40')).toBe(empty);
    expect(groupOf(funnel, 'source:LinkedIn')).toBe(linkedIn);
    expect(groupOf(funnel, 'source:Meetup')).toBe(all);

    const html = renderToStaticMarkup(<FunnelSection funnel={funnel} />);
    expect(text(html)).toContain('All (4)');
    expect(text(html)).toContain('2026-W48 (4)');
    expect(text(html)).toContain('Not given (3)');
    expect(text(renderToStaticMarkup(<FunnelSection funnel={funnel} initial="source:LinkedIn" />))).toContain('Applied 1 0%');
  });
});
