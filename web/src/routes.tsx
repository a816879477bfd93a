import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { AppFrame } from './layout/AppFrame';
import { Shell } from './layout/Shell';
import { NotFoundPage } from './layout/NotFoundPage';
import { RequireAuth } from './auth/RequireAuth';
import { LoginPage } from './auth/LoginPage';
import { SignupPage } from './auth/SignupPage';
import { PreferencesPage } from './preferences/PreferencesPage';
import { BoardPage } from './jobs/BoardPage';
import { JobListPage } from './jobs/JobListPage';
import { EditJobPage, NewJobPage } from './jobs/JobFormPage';
import { JobPage } from './jobs/JobPage';
import { DeletedPage } from './jobs/DeletedPage';

// chart.js is only in this page's chunk, not in the first page's JavaScript
const InsightsPage = lazy(() => import('./jobs/InsightsPage'));

/**
 * Every page of the app. Pages that pull in large libraries (the statistics chart)
 * are loaded lazily so the first page stays small. The signed-in pages are
 * children of the Shell, behind the route guard.
 */
export const routes: RouteObject[] = [
  {
    element: <AppFrame />,
    children: [
      { path: '/login', element: <LoginPage /> },
      { path: '/signup', element: <SignupPage /> },
      {
        element: (
          <RequireAuth>
            <Shell />
          </RequireAuth>
        ),
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
          { path: 'preferences', element: <PreferencesPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
