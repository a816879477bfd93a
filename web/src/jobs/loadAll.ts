import { listJobs } from './restoreAndInsightsApi';
import type { Job } from './statuses';

/** Pages through GET /api/jobs (100 a page) up to `max` jobs, newest first. */
export async function loadAllJobs(signal: AbortSignal, max = 1000): Promise<{ jobs: Job[]; error?: number }> {
  const jobs: Job[] = [];
  let cursor: string | undefined;
  do {
    const { data, response } = await listJobs({ limit: 100, cursor }, signal);
    if (!data) return { jobs, error: response.status };
    jobs.push(...data.jobs);
    cursor = data.next_cursor;
  } while (cursor && jobs.length < max);
  return { jobs };
}
