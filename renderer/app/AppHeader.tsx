import { hrefFor, pageRoutes, type Route } from './routes';

export function AppHeader({ current }: { current: Route }) {
  return (
    <header className="app-header">
      <span className="brand">Presence</span>
      <nav aria-label="Presence">
        <ul className="nav-list">
          {pageRoutes.map((route) => (
            <li key={route.path}>
              <a href={hrefFor(route)} aria-current={route === current ? 'page' : undefined}>
                {route.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
