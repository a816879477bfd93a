import { useEffect, useState, useSyncExternalStore } from 'react';
import { serviceStatus } from '../api/client';
import './serviceBanner.css';

const subscribe = (listener: () => void) => serviceStatus.subscribe(listener);
const current = () => serviceStatus.get();

/**
 * The banner shown while requests wait out a 503 (the event log or DynamoDB down):
 * the countdown to the next automatic retry. What the user typed stays in the form.
 */
export function ServiceBanner() {
  const state = useSyncExternalStore(subscribe, current, current);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (state.kind !== 'unavailable') return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [state]);

  // the live region is always there, so that its content is announced when it appears
  return (
    <div role="status" className={state.kind === 'unavailable' ? 'service-banner' : 'service-banner-idle'}>
      {state.kind === 'unavailable' && (
        <p>
          <strong>Service unavailable</strong>, retrying in{' '}
          <span aria-live="off">{Math.max(0, Math.ceil((state.retryAt - now) / 1000))}</span> s (attempt{' '}
          {state.attempt} of {state.maxAttempts}). {state.detail ?? 'CareerVault cannot record or read data just now.'}{' '}
          Nothing you typed is lost.
        </p>
      )}
    </div>
  );
}
