import type { components } from '../api/schema';

export type Job = components['schemas']['Job'];
export type JobStatus = Job['status'];

/** The API's status values, in the order the API lists them (the board's columns, left to right). */
export const STATUSES = [
  'Wishlist',
  'Applied',
  'Screening',
  'Interviewing',
  'Offer',
  'Accepted',
  'Rejected',
  'Withdrawn',
  'Ghosted',
] as const satisfies readonly JobStatus[];

// Fails to compile when the API gains a status this list lacks.
type Missing = Exclude<JobStatus, (typeof STATUSES)[number]>;
const everyStatusListed: Missing extends never ? true : Missing = true;
void everyStatusListed;

export function isStatus(value: string | null | undefined): value is JobStatus {
  return (STATUSES as readonly string[]).includes(value ?? '');
}

/** "Company — Position": a job's name on cards, rows and pages. */
export function jobName(job: { company: string; position: string }): string {
  return `${job.company} — ${job.position}`;
}

/**
 * The badge of a job CareerVault marked Ghosted itself (`status_set_by: system`, issue 19): "Ghosted (no reply in
 * 21 days)", the days counted from the stage before the marking to the marking (the idle time; with an interview
 * it may be longer than the threshold). `null` for every other job, a Ghosted the user chose included.
 */
export function systemGhostedLabel(job: Pick<Job, 'status' | 'status_set_by' | 'status_history'>): string | null {
  if (job.status !== 'Ghosted' || job.status_set_by !== 'system') return null;
  const history = job.status_history ?? [];
  const marked = history[history.length - 1];
  const before = history[history.length - 2];
  if (!marked || !before || marked.status !== 'Ghosted') return 'Ghosted (no reply)';
  const days = Math.floor((Date.parse(marked.at) - Date.parse(before.at)) / 86_400_000);
  return days >= 1 ? `Ghosted (no reply in ${days} ${days === 1 ? 'day' : 'days'})` : 'Ghosted (no reply)';
}
