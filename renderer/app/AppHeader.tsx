import { hrefFor, pageRoutes, type Route } from './routes';

/** 'page' on the page itself; 'true' on the page a sub-page (the Trash) sits within. */
function ariaCurrent(route: Route, current: Route): 'page' | 'true' | undefined {
  if (route === current) return 'page';
  return current.within === route.path ? 'true' : undefined;
}

export function AppHeader({ current }: { current: Route }) {
  return (
    <header className="app-header">
      <span className="brand">Presence</span>
      <nav aria-label="Presence">
        <ul className="nav-list">
          {pageRoutes.map((route) => (
            <li key={route.path}>
              <a href={hrefFor(route)} aria-current={ariaCurrent(route, current)}>
                {route.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
