import type { RouteObject } from 'react-router';
import { AppFrame } from './layout/AppFrame';
import { Shell } from './layout/Shell';
import { Placeholder } from './layout/Placeholder';
import { RequireAuth } from './auth/RequireAuth';
import { LoginPage } from './auth/LoginPage';
import { SignupPage } from './auth/SignupPage';
import { PreferencesPage } from './preferences/PreferencesPage';

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
          { index: true, element: <Placeholder title="Board" /> },
          { path: 'jobs', element: <Placeholder title="All jobs" /> },
          { path: 'jobs/new', element: <Placeholder title="New job" /> },
          { path: 'jobs/:jobId', element: <Placeholder title="Job" /> },
          { path: 'jobs/:jobId/edit', element: <Placeholder title="Edit job" /> },
          { path: 'deleted', element: <Placeholder title="Recently deleted" /> },
          { path: 'insights', element: <Placeholder title="Statistics" /> },
          { path: 'preferences', element: <PreferencesPage /> },
        ],
      },
      { path: '*', element: <Placeholder title="Page not found" /> },
    ],
  },
];
