import type { ComponentType } from 'react';
import { JournalSurface } from '../journal/JournalSurface';

export interface Route {
  /** What goes after `#/` in the address. */
  path: string;
  /** Shown in the navigation and the window title. */
  title: string;
  Surface: ComponentType;
}

/** One route per surface; the first is where unknown addresses land. */
export const routes = [{ path: 'journal', title: 'Journal', Surface: JournalSurface }] as const satisfies readonly Route[];

export const fallbackRoute: Route = routes[0];

export function routeForHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return routes.find((route) => route.path === path) ?? fallbackRoute;
}

export function hrefFor(route: Route): string {
  return `#/${route.path}`;
}
