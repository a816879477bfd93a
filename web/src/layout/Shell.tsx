import { NavLink, Outlet } from 'react-router';

/** The signed-in frame: skip link, navigation, the page. */
export function Shell() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="app-header">
        <span className="brand">CareerVault</span>
        <nav aria-label="Main">
          <ul>
            <li><NavLink to="/" end>Board</NavLink></li>
            <li><NavLink to="/jobs">All jobs</NavLink></li>
            <li><NavLink to="/insights">Statistics</NavLink></li>
            <li><NavLink to="/deleted">Recently deleted</NavLink></li>
            <li><NavLink to="/preferences">Reminders</NavLink></li>
          </ul>
        </nav>
      </header>
      <Outlet />
    </>
  );
}
