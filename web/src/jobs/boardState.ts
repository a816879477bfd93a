import { STATUSES, type Job, type JobStatus } from './statuses';

/**
 * The board's state, kept by a pure reducer so moves, rollbacks and reloads can be tested
 * without a browser.
 *
 * A move is optimistic: the card changes column at once and the move is remembered as
 * pending until the server answers. A refused move is rolled back. An accepted move is
 * remembered with the version the server gave it until a reload shows that version, so
 * a read model that is a moment behind does not put the card back in its old column.
 */
export interface BoardState {
  /** Every job on the board by id. */
  readonly jobs: Readonly<Record<string, Job>>;
  /** Job ids, newest first (the API's order). */
  readonly order: readonly string[];
  /** Moves sent and not answered yet: the status to go back to if refused. */
  readonly pending: Readonly<Record<string, { readonly from: JobStatus; readonly fromVersion: string }>>;
  /** Moves the server accepted that a reload may not show yet. */
  readonly settled: Readonly<Record<string, { readonly status: JobStatus; readonly version: string | undefined }>>;
}

export type BoardAction =
  | { type: 'loaded'; jobs: readonly Job[] }
  | { type: 'moved'; jobId: string; to: JobStatus }
  | { type: 'moveAccepted'; jobId: string; job?: Job; version?: string }
  | { type: 'moveRefused'; jobId: string }
  | { type: 'added'; job: Job }
  | { type: 'removed'; jobId: string };

export const emptyBoard: BoardState = { jobs: {}, order: [], pending: {}, settled: {} };

export function boardReducer(state: BoardState, action: BoardAction): BoardState {
  switch (action.type) {
    case 'loaded':
      return reconcile(state, action.jobs);
    case 'moved': {
      const job = state.jobs[action.jobId];
      if (!job || job.status === action.to || state.pending[action.jobId]) return state;
      return {
        ...state,
        jobs: { ...state.jobs, [job.job_id]: { ...job, status: action.to } },
        pending: { ...state.pending, [job.job_id]: { from: job.status, fromVersion: job.version } },
      };
    }
    case 'moveAccepted': {
      const job = state.jobs[action.jobId];
      if (!job || !state.pending[action.jobId]) return state;
      const next: Job = action.job ?? { ...job, version: action.version ?? job.version };
      const { [action.jobId]: _done, ...pending } = state.pending;
      void _done;
      return {
        ...state,
        jobs: { ...state.jobs, [job.job_id]: next },
        pending,
        settled: { ...state.settled, [job.job_id]: { status: next.status, version: action.job?.version ?? action.version } },
      };
    }
    case 'moveRefused': {
      const job = state.jobs[action.jobId];
      const was = state.pending[action.jobId];
      if (!job || !was) return state;
      const { [action.jobId]: _refused, ...pending } = state.pending;
      void _refused;
      return {
        ...state,
        jobs: { ...state.jobs, [job.job_id]: { ...job, status: was.from, version: was.fromVersion } },
        pending,
      };
    }
    case 'added': {
      const exists = action.job.job_id in state.jobs;
      return {
        ...state,
        jobs: { ...state.jobs, [action.job.job_id]: action.job },
        order: exists ? state.order : [action.job.job_id, ...state.order],
      };
    }
    case 'removed': {
      if (!(action.jobId in state.jobs)) return state;
      const { [action.jobId]: _gone, ...jobs } = state.jobs;
      void _gone;
      return { ...state, jobs, order: state.order.filter((id) => id !== action.jobId) };
    }
  }
}

/**
 * The server's list replaces the board, except that a card moved and not answered yet stays
 * where the user put it, and a card whose accepted move the list does not show yet (an older
 * version) stays in its new column until the list catches up.
 */
function reconcile(state: BoardState, serverJobs: readonly Job[]): BoardState {
  const jobs: Record<string, Job> = {};
  const settled: Record<string, BoardState['settled'][string]> = {};
  for (const server of serverJobs) {
    const id = server.job_id;
    const pending = state.pending[id];
    const known = state.jobs[id];
    const accepted = state.settled[id];
    if (pending && known) {
      jobs[id] = { ...server, status: known.status, version: known.version };
    } else if (accepted && server.status !== accepted.status && server.version !== accepted.version) {
      jobs[id] = { ...server, status: accepted.status, version: accepted.version ?? server.version };
      settled[id] = accepted;
    } else {
      jobs[id] = server;
    }
  }
  const pending = Object.fromEntries(Object.entries(state.pending).filter(([id]) => id in jobs));
  return { jobs, order: serverJobs.map((j) => j.job_id), pending, settled };
}

/** The jobs of each column, in the board's order. */
export function columns(state: BoardState): Record<JobStatus, Job[]> {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, [] as Job[]])) as Record<JobStatus, Job[]>;
  for (const id of state.order) {
    const job = state.jobs[id];
    if (job) byStatus[job.status].push(job);
  }
  return byStatus;
}
