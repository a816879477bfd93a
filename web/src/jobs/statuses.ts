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
