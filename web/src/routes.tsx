import { lazy, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { Shell } from './layout/Shell';
import { Placeholder } from './layout/Placeholder';
import { BoardPage } from './jobs/BoardPage';
import { JobListPage } from './jobs/JobListPage';
import { EditJobPage, NewJobPage } from './jobs/JobFormPage';
import { JobPage } from './jobs/JobPage';
import { DeletedPage } from './jobs/DeletedPage';
import { PendingNotices } from './jobs/pending-core';

// chart.js is only in this page's chunk, not in the first page's JavaScript
const InsightsPage = lazy(() => import('./jobs/InsightsPage'));

/** TODO(lead): drop this frame once the core's notifications render useNotify's messages in the Shell. */
function JobsFrame() {
  return (
    <>
      <Outlet />
      <PendingNotices />
    </>
  );
}

/**
 * Every page of the app. Pages that pull in large libraries (the statistics chart)
 * are loaded lazily so the first page stays small.
 */
export const routes: RouteObject[] = [
  { path: '/login', element: <Placeholder title="Log in" /> },
  { path: '/signup', element: <Placeholder title="Sign up" /> },
  {
    element: <Shell />,
    children: [
      {
        element: <JobsFrame />,
        children: [
          { index: true, element: <BoardPage /> },
          { path: 'jobs', element: <JobListPage /> },
          { path: 'jobs/new', element: <NewJobPage /> },
          { path: 'jobs/:jobId', element: <JobPage /> },
          { path: 'jobs/:jobId/edit', element: <EditJobPage /> },
          { path: 'deleted', element: <DeletedPage /> },
          {
            path: 'insights',
            element: (
              <Suspense fallback={<main id="main"><h1>Statistics</h1><p>Loading…</p></main>}>
                <InsightsPage />
              </Suspense>
            ),
          },
        ],
      },
      { path: 'preferences', element: <Placeholder title="Reminders" /> },
    ],
  },
  { path: '*', element: <Placeholder title="Page not found" /> },
];
