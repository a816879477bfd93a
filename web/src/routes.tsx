import { lazy, Suspense, type ComponentType } from 'react';
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

/** A rarely used page, loaded when first shown (the emailed links' pages, account settings). */
function lazyPage(title: string, load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<main id="main"><h1>{title}</h1><p role="status">Loading…</p></main>}>
      <Page />
    </Suspense>
  );
}

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
      // the emailed links' pages: opening one changes nothing, only their buttons do
      { path: '/verify-email', element: lazyPage('Verify your email address', async () => (await import('./account/VerifyEmailPage')).VerifyEmailPage) },
      { path: '/forgot-password', element: lazyPage('Forgot your password?', async () => (await import('./account/ForgotPasswordPage')).ForgotPasswordPage) },
      { path: '/reset-password', element: lazyPage('Set a new password', async () => (await import('./account/ResetPasswordPage')).ResetPasswordPage) },
      { path: '/unsubscribe', element: lazyPage('Reminder emails', async () => (await import('./account/UnsubscribePage')).UnsubscribePage) },
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
          { path: 'capture', element: lazyPage('Capture a job from its posting', async () => (await import('./jobs/capture/CapturePage')).CapturePage) },
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
          { path: 'contacts', element: lazyPage('Contacts', async () => (await import('./contacts/ContactsPage')).ContactsPage) },
          { path: 'contacts/:contactId', element: lazyPage('Contact', async () => (await import('./contacts/ContactPage')).ContactPage) },
          { path: 'documents', element: lazyPage('Documents', async () => (await import('./documents/DocumentsPage')).DocumentsPage) },
          { path: 'preferences', element: <PreferencesPage /> },
          { path: 'account', element: lazyPage('Account', async () => (await import('./account/AccountPage')).AccountPage) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
