import type { AiStatus, JobWithInsights } from './aiTypes';

/** How often the job page asks for a job whose insights are being computed, and for how long. */
export const POLL_INTERVAL_MS = 2_000;
export const POLL_FOR_MS = 60_000;

/** The job's insights state; an API without `ai_status` is read from `ai`. */
export function aiStatusOf(job: JobWithInsights): AiStatus {
  return job.ai_status ?? (job.ai ? 'ready' : 'none');
}

/** One look at the job: what openapi-fetch's GET gives back. */
export type LoadJob = (signal: AbortSignal) => Promise<{ data?: JobWithInsights; response: Response }>;

export type AwaitOutcome =
  /** The insights are there (`ready`), or there is nothing to wait for any more (`none`: the description went). */
  | { kind: 'settled'; job: JobWithInsights }
  /** Still `pending` after `forMs`; `job` is the latest copy seen, if any. */
  | { kind: 'timed-out'; job?: JobWithInsights }
  /** The job is deleted (404). */
  | { kind: 'gone' }
  | { kind: 'aborted' };

export interface AwaitOptions {
  signal: AbortSignal;
  intervalMs?: number;
  forMs?: number;
  /** Waits `ms` or until `signal` aborts (tests pass one that advances their clock). */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Asks for the job every `intervalMs` (2 s) while its `ai_status` is `pending`, for up to
 * `forMs` (1 min): the enricher appends the insights a moment after the description is saved.
 * A failed look (the network, a 5xx the client gave up on) is not the end: the next one may work.
 */
export async function awaitInsights(load: LoadJob, options: AwaitOptions): Promise<AwaitOutcome> {
  const { signal, intervalMs = POLL_INTERVAL_MS, forMs = POLL_FOR_MS, sleep = sleepFor, now = Date.now } = options;
  const until = now() + forMs;
  let latest: JobWithInsights | undefined;
  while (!signal.aborted) {
    await sleep(intervalMs, signal);
    if (signal.aborted) break;
    try {
      const { data, response } = await load(signal);
      if (response.status === 404) return { kind: 'gone' };
      if (data) {
        latest = data;
        if (aiStatusOf(data) !== 'pending') return { kind: 'settled', job: data };
      }
    } catch {
      // the network: try again at the next interval
      if (signal.aborted) break;
    }
    if (now() >= until) return { kind: 'timed-out', job: latest };
  }
  return { kind: 'aborted' };
}
