import { Link } from 'react-router';

/** Any path the app does not know: say so and offer the way back. */
export function NotFoundPage() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>There is no page at this address. <Link to="/">Go to your board</Link>.</p>
    </main>
  );
}
