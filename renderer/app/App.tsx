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

  return (
    <div className="app">
      <AppHeader current={route} />
      <StartupNotices />
      <main className="surface" id="main">
        <Surface />
      </main>
    </div>
  );
}
