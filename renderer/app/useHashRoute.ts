import { useSyncExternalStore } from 'react';
import { routeForHash, type Route } from './routes';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The surface named by the address's hash (`#/journal`); unknown hashes give the journal. */
export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return routeForHash(hash);
}
