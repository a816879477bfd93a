import type { CreateJobRequest, UpdateJobRequest } from './jobsApi';
import type { JobWithInsights } from './ai/aiTypes';
import type { JobStatus } from './statuses';

/** A job form's fields as the inputs hold them (text), so a draft can be kept as it was typed. */
export interface JobFormValues {
  company: string;
  position: string;
  status: JobStatus;
  location: string;
  salary_range: string;
  applied_date: string;
  url: string;
  notes: string;
  /** `datetime-local` values: local time without an offset. */
  interview_at: string;
  follow_up_at: string;
  /** Comma-separated. */
  tags: string;
  /** The posting's text (multi-line, ≤ 20,000 characters); the AI insights are computed from it. */
  job_description: string;
  /** Where the application came from: free text (≤ 100 characters); the form suggests {@link SOURCE_SUGGESTIONS}. */
  source: string;
}

/** What the job form suggests for `source` (any other text is accepted). */
export const SOURCE_SUGGESTIONS = ['LinkedIn', 'Referral', 'Company site', 'Job board', 'Recruiter', 'Other'] as const;

/** The most characters a source may have (`JobFieldLimits.SOURCE_MAX`). */
export const SOURCE_MAX = 100;

/** The most characters (code points) a job description may have (`JobFieldLimits.JOB_DESCRIPTION_MAX`). */
export const JOB_DESCRIPTION_MAX = 20_000;

export const FIELDS = [
  'company', 'position', 'status', 'location', 'salary_range', 'applied_date', 'url', 'notes', 'interview_at', 'follow_up_at', 'tags',
  'job_description', 'source',
] as const satisfies readonly (keyof JobFormValues)[];

export const emptyForm: JobFormValues = {
  company: '', position: '', status: 'Applied', location: '', salary_range: '', applied_date: '', url: '', notes: '',
  interview_at: '', follow_up_at: '', tags: '', job_description: '', source: '',
};

/** A kept draft's values with the fields added since it was written (a draft from before an update). */
export function withDefaults(values: Partial<JobFormValues>): JobFormValues {
  return { ...emptyForm, ...values };
}

function pad(n: number) {
  return String(n).padStart(2, '0');
}

/** An RFC 3339 instant as a `datetime-local` value in the browser's time zone. */
export function toLocalInput(instant: string | undefined): string {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A `datetime-local` value (the browser's time zone) as an RFC 3339 instant in UTC. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && ![...seen].some((s) => s.toLowerCase() === tag.toLowerCase())) seen.add(tag);
  }
  return [...seen];
}

export function formOf(job: JobWithInsights): JobFormValues {
  return {
    company: job.company,
    position: job.position,
    status: job.status,
    location: job.location ?? '',
    salary_range: job.salary_range ?? '',
    applied_date: job.applied_date ?? '',
    url: job.url ?? '',
    notes: job.notes ?? '',
    interview_at: toLocalInput(job.interview_at),
    follow_up_at: toLocalInput(job.follow_up_at),
    tags: (job.tags ?? []).join(', '),
    job_description: job.job_description ?? '',
    source: job.source ?? '',
  };
}

/** The body of POST /api/jobs: blank fields left out. */
export function createBody(v: JobFormValues): CreateJobRequest {
  const body: CreateJobRequest = { company: v.company.trim(), position: v.position.trim(), status: v.status };
  const text = (s: string) => s.trim() || undefined;
  const optional: Partial<CreateJobRequest> = {
    location: text(v.location),
    salary_range: text(v.salary_range),
    applied_date: text(v.applied_date),
    url: text(v.url),
    notes: text(v.notes),
    job_description: text(v.job_description),
    source: text(v.source),
    interview_at: fromLocalInput(v.interview_at),
    follow_up_at: fromLocalInput(v.follow_up_at),
  };
  for (const [k, value] of Object.entries(optional)) if (value !== undefined) (body as Record<string, unknown>)[k] = value;
  const tags = parseTags(v.tags);
  if (tags.length) body.tags = tags;
  return body;
}

/**
 * The JSON Merge Patch (RFC 7396) from `before` to `after`: only changed fields; a cleared
 * optional field is `null` (removed). Empty when nothing changed.
 */
export function mergePatch(before: JobFormValues, after: JobFormValues): UpdateJobRequest {
  const patch: Record<string, unknown> = {};
  for (const key of ['company', 'position'] as const) {
    if (after[key].trim() !== before[key].trim()) patch[key] = after[key].trim();
  }
  if (after.status !== before.status) patch.status = after.status;
  for (const key of ['location', 'salary_range', 'applied_date', 'url', 'notes', 'job_description', 'source'] as const) {
    const a = after[key].trim();
    if (a !== before[key].trim()) patch[key] = a || null;
  }
  for (const key of ['interview_at', 'follow_up_at'] as const) {
    if (after[key] !== before[key]) patch[key] = fromLocalInput(after[key]) ?? null;
  }
  const tagsBefore = parseTags(before.tags);
  const tagsAfter = parseTags(after.tags);
  if (tagsAfter.join('\u0000') !== tagsBefore.join('\u0000')) patch.tags = tagsAfter.length ? tagsAfter : null;
  return patch as UpdateJobRequest;
}

/**
 * After a 412: the fields the user changed (from `base` to `mine`) laid over the latest copy,
 * so a Save applies the user's changes and keeps everyone else's.
 */
export function rebase(base: JobFormValues, mine: JobFormValues, latest: JobFormValues): JobFormValues {
  const merged: JobFormValues = { ...latest };
  for (const key of FIELDS) {
    if (mine[key] !== base[key]) (merged as unknown as Record<string, string>)[key] = mine[key];
  }
  return merged;
}
