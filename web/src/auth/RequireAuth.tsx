import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { tokens } from '../api/client';
import { useAccessToken } from './session';

/**
 * The route guard: a signed-out user goes to the login page, which brings them
 * back here afterwards (`?from=`); also when the session ends while on the page
 * (the refresh token refused). After "Log out" or deleting the account there is nowhere to come back to.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const token = useAccessToken();
  const location = useLocation();
  if (token) return children;
  const here = `${location.pathname}${location.search}${location.hash}`;
  const ended = tokens.endedBy();
  const to = ended === 'logout' || ended === 'deleted' || here === '/' ? '/login' : `/login?from=${encodeURIComponent(here)}`;
  return <Navigate to={to} replace />;
}
