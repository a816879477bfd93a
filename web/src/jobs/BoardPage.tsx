import { useCallback, useEffect, useId, useMemo, useReducer, useRef, useState, type SyntheticEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { boardReducer, columns, emptyBoard } from './boardState';
import { loadAllJobs } from './loadAll';
import { moveJob, refusal } from './jobsApi';
import { useNotify } from '../layout/notifications';
import { STATUSES, isStatus, jobName, systemGhostedLabel, type Job, type JobStatus } from './statuses';
import { Tags } from './Tags';
import { UpcomingInterviews } from '../interviews/UpcomingInterviews';
import './jobs.css';

/** Left and right arrows jump the dragged card to the column beside it (columns are side by side). */
const columnCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
  const dragged = context.collisionRect;
  if (!step || !dragged) return undefined;
  event.preventDefault();
  const centre = dragged.left + dragged.width / 2;
  const rects = [...context.droppableRects.values()].sort((a, b) => a.left - b.left);
  const here = rects.findIndex((r) => centre >= r.left && centre < r.left + r.width);
  const target = here === -1 ? (step > 0 ? rects.find((r) => r.left > centre) : [...rects].reverse().find((r) => r.left + r.width < centre)) : rects[here + step];
  if (!target) return currentCoordinates;
  return { x: currentCoordinates.x + (target.left + target.width / 2 - centre), y: currentCoordinates.y + (target.top + 40 - dragged.top) };
};

const instructions: ScreenReaderInstructions = {
  draggable:
    'To move this card, press Space or Enter, use the Left and Right arrow keys to choose a status column, ' +
    'then press Space or Enter to drop it there, or Escape to cancel.',
};

/** `/`: the board, one column per status; cards move by drag and drop (mouse, touch, keyboard) or their status menu. */
export function BoardPage() {
  const [state, dispatch] = useReducer(boardReducer, emptyBoard);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<string>();
  // the one column shown on a phone: the user's choice, else the first with jobs
  const [chosen, setChosen] = useState<JobStatus>();
  const [said, setSaid] = useState('');
  const [dragged, setDragged] = useState<Job>();
  // after a keyboard move the card is drawn anew in its new column: its Move button gets the focus back
  const [focusId, setFocusId] = useState<string>();
  const notify = useNotify();
  const location = useLocation();
  const navigate = useNavigate();
  // a job just created (201 with Prefer: wait) shows even if the list is a moment behind; once
  const created = useRef((location.state as { created?: Job } | null)?.created);
  useEffect(() => {
    if (created.current) navigate('/', { replace: true, state: null });
  }, [navigate]);
  const switcherId = useId();

  const load = useCallback(async (signal: AbortSignal) => {
    try {
      const { jobs, error } = await loadAllJobs(signal);
      dispatch({ type: 'loaded', jobs });
      const fresh = created.current;
      if (fresh && !jobs.some((j) => j.job_id === fresh.job_id)) dispatch({ type: 'added', job: fresh });
      created.current = undefined;
      setLoadError(error ? refusal(error) : undefined);
    } catch (e) {
      if (!signal.aborted) setLoadError(refusal(0));
      void e;
    } finally {
      if (!signal.aborted) setLoading(false);
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    void load(abort.signal);
    return () => abort.abort();
  }, [load]);

  const stateRef = useRef(state);
  stateRef.current = state;

  const move = useCallback(async (jobId: string, to: JobStatus) => {
    const job = stateRef.current.jobs[jobId];
    if (!job || job.status === to || stateRef.current.pending[jobId]) return;
    dispatch({ type: 'moved', jobId, to });
    const outcome = await moveJob(job, to);
    if (outcome.ok) {
      dispatch({ type: 'moveAccepted', jobId, job: outcome.job, version: outcome.version });
      setSaid(`${jobName(job)} is now in ${to}.`);
      return;
    }
    dispatch({ type: 'moveRefused', jobId });
    notify({ kind: 'error', message: `${jobName(job)} could not be moved to ${to}, so it is back in ${job.status}. ${refusal(outcome.status, outcome.problem)}` });
    if (outcome.status === 412 || outcome.status === 404) void load(new AbortController().signal);
  }, [load, notify]);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnCoordinates }),
  );

  const nameOf = (id: unknown) => {
    const job = stateRef.current.jobs[String(id)];
    return job ? jobName(job) : 'The card';
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, now in ${stateRef.current.jobs[String(active.id)]?.status}.`,
    onDragOver: ({ active, over }) => (over ? `${nameOf(active.id)} is over ${over.id}.` : `${nameOf(active.id)} is over no column.`),
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} was moved to ${over.id}.` : `${nameOf(active.id)} was dropped outside the columns and stays where it was.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled; it stays in ${stateRef.current.jobs[String(active.id)]?.status}.`,
  };

  const onDragStart = (e: DragStartEvent) => setDragged(stateRef.current.jobs[String(e.active.id)]);
  const onDragEnd = (e: DragEndEvent) => {
    setDragged(undefined);
    if (e.activatorEvent instanceof KeyboardEvent) setFocusId(String(e.active.id));
    const to = e.over?.id;
    if (typeof to === 'string' && isStatus(to)) void move(String(e.active.id), to);
  };

  const byStatus = useMemo(() => columns(state), [state]);
  const shown = chosen ?? STATUSES.find((s) => byStatus[s].length > 0) ?? 'Applied';

  return (
    <main id="main" className="board-page">
      <div className="page-head">
        <h1>Board</h1>
        <div className="actions">
          <Link className="button" to="/jobs#csv-tools">Export or import CSV</Link>
          <Link className="button" to="/capture">Capture from posting</Link>
          <Link className="button primary" to="/jobs/new">New job</Link>
        </div>
      </div>
      <UpcomingInterviews />
      {loadError && <p role="alert" className="error">{loadError}</p>}
      {loading && <p aria-live="polite">Loading your jobs…</p>}
      <p className="visually-hidden" aria-live="polite">{said}</p>
      <div className="status-switcher">
        <label htmlFor={switcherId}>Column shown</label>
        <select id={switcherId} value={shown} onChange={(e) => isStatus(e.target.value) && setChosen(e.target.value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{s} ({byStatus[s].length})</option>
          ))}
        </select>
      </div>
      <DndContext
        sensors={sensors}
        accessibility={{ announcements, screenReaderInstructions: instructions }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(undefined)}
      >
        {/* scrolls sideways: focusable so that keyboard users can scroll it even when no card is in it */}
        <div className="board" tabIndex={0} role="group" aria-label="Status columns">
          {STATUSES.map((status) => (
            <Column
              key={status}
              status={status}
              jobs={byStatus[status]}
              shown={status === shown}
              onMove={move}
              pending={state.pending}
              focusId={focusId}
              onFocusLeft={() => setFocusId(undefined)}
            />
          ))}
        </div>
        <DragOverlay>{dragged ? <div className="card overlay">{jobName(dragged)}</div> : null}</DragOverlay>
      </DndContext>
    </main>
  );
}

function Column({ status, jobs, shown, onMove, pending, focusId, onFocusLeft }: {
  focusId?: string;
  onFocusLeft: () => void;
  status: JobStatus;
  jobs: Job[];
  shown: boolean;
  onMove: (jobId: string, to: JobStatus) => void;
  pending: Readonly<Record<string, unknown>>;
}) {
  const { setNodeRef, isOver } = useDroppable({ id: status });
  const headingId = useId();
  return (
    <section
      ref={setNodeRef}
      aria-label={status}
      className={`column${isOver ? ' over' : ''}${shown ? ' shown' : ''}`}
    >
      <h2 id={headingId}>
        {status} <span className="count">{jobs.length}</span>
      </h2>
      {jobs.length === 0 ? (
        <p className="empty">No jobs</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {jobs.map((job) => (
            <Card key={job.job_id} job={job} onMove={onMove} saving={job.job_id in pending} focus={focusId === job.job_id} onFocusLeft={onFocusLeft} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The badge of a job CareerVault marked Ghosted; nothing for any other job. */
export function SystemGhostedBadge({ job }: { job: Job }) {
  const label = systemGhostedLabel(job);
  if (!label) return null;
  return (
    <p className="badge system-ghosted" title="CareerVault marked it Ghosted because nothing happened on it for your number of days (Reminders page). Any change you make to it moves it back.">
      {label}
    </p>
  );
}

function Card({ job, onMove, saving, focus, onFocusLeft }: {
  job: Job;
  onMove: (jobId: string, to: JobStatus) => void;
  saving: boolean;
  focus: boolean;
  onFocusLeft: () => void;
}) {
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({ id: job.job_id });
  const handle = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    if (focus) handle.current?.focus();
  }, [focus, job.status]);
  const selectId = useId();
  const name = jobName(job);
  // pointer and touch drags start anywhere on the card; keyboard drags from its Move button
  const on = listeners as Record<string, ((event: SyntheticEvent) => void) | undefined> | undefined;
  return (
    <li
      ref={setNodeRef}
      className={`card${isDragging ? ' dragging' : ''}`}
      onMouseDown={on?.onMouseDown}
      onTouchStart={on?.onTouchStart}
      aria-busy={saving || undefined}
    >
      <div className="card-top">
        <Link to={`/jobs/${job.job_id}`} className="card-link">{name}</Link>
        <button
          type="button"
          ref={(node) => { setActivatorNodeRef(node); handle.current = node; }}
          onBlur={(e) => e.currentTarget.isConnected && !isDragging && onFocusLeft()}
          className="drag-handle"
          {...attributes}
          onKeyDown={on?.onKeyDown}
          aria-label={`Move ${name}`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
      </div>
      {job.location && <p className="card-meta">{job.location}</p>}
      <SystemGhostedBadge job={job} />
      <Tags tags={job.tags} />
      <div className="card-status">
        <label htmlFor={selectId}>Status<span className="visually-hidden"> of {name}</span></label>
        <select id={selectId} value={job.status} disabled={saving} onChange={(e) => isStatus(e.target.value) && onMove(job.job_id, e.target.value)}>
          {STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </div>
      {saving && <p className="card-meta">Saving…</p>}
    </li>
  );
}
