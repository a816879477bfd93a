import { Outlet } from 'react-router';
import { NotificationsProvider } from './notifications';
import { ServiceBanner } from './ServiceBanner';

/** Around every page: the service banner (503 retries) and the messages. */
export function AppFrame() {
  return (
    <NotificationsProvider>
      <ServiceBanner />
      <Outlet />
    </NotificationsProvider>
  );
}
