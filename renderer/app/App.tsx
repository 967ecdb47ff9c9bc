import { useEffect } from 'react';
import { StartupNotices } from '../notices/StartupNotices';
import { AppHeader } from './AppHeader';
import { useHashRoute } from './useHashRoute';

export function App() {
  const route = useHashRoute();
  const { Surface } = route;

  useEffect(() => {
    document.title = `${route.title} · Presence`;
  }, [route]);

  if (route.layout === 'window') {
    // A small window of its own: no header, no store notices; just the one thing.
    return (
      <main className="window-surface" id="main">
        <Surface key={route.path} />
      </main>
    );
  }

  return (
    <div className="app">
      <AppHeader current={route} />
      <StartupNotices />
      <main className="surface" id="main">
        <Surface key={route.path} />
      </main>
    </div>
  );
}
