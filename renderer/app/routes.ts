import type { ComponentType } from 'react';
import { JournalSurface } from '../journal/JournalSurface';
import { journalPath, trashPath } from '../journal/journalAddresses';
import { TrashSurface } from '../journal/trash/TrashSurface';
import { QuickPauseSurface } from '../pause/QuickPauseSurface';
import { ResetSurface } from '../reset/ResetSurface';
import { SettingsSurface } from '../settings/SettingsSurface';

export interface Route {
  /** What goes after `#/` in the address. */
  path: string;
  /** Shown in the navigation and the window title. */
  title: string;
  Surface: ComponentType;
  /**
   * 'page' surfaces share the header and link to each other; 'window' surfaces
   * (Quick Pause, Reset) are small windows of their own, opened from the tray.
   */
  layout: 'page' | 'window';
  /**
   * For a page reached from inside another (the Trash, from the Journal): the path
   * of that page. It gets no header link of its own; the parent's link shows where you are.
   */
  within?: string;
}

/** One route per surface; the first is where unknown addresses land. */
export const routes = [
  { path: journalPath, title: 'Journal', Surface: JournalSurface, layout: 'page' },
  { path: trashPath, title: 'Trash', Surface: TrashSurface, layout: 'page', within: journalPath },
  { path: 'settings', title: 'Settings', Surface: SettingsSurface, layout: 'page' },
  { path: 'quick-pause', title: 'Quick pause', Surface: QuickPauseSurface, layout: 'window' },
  { path: 'reset', title: 'Reset before responding', Surface: ResetSurface, layout: 'window' },
] as const satisfies readonly Route[];

export const fallbackRoute: Route = routes[0];

/** The surfaces the header links to. */
export const pageRoutes: readonly Route[] = routes.filter((route) => route.layout === 'page' && !('within' in route));

/** The most specific route wins (`journal/trash` over `journal`); anything further down (`journal/xyz`) is its route. */
export function routeForHash(hash: string): Route {
  const address = hash.replace(/^#\/?/, '').split('?')[0]!;
  const matching: Route[] = routes.filter((route) => address === route.path || address.startsWith(`${route.path}/`));
  return matching.sort((a, b) => b.path.length - a.path.length)[0] ?? fallbackRoute;
}

export function hrefFor(route: Route): string {
  return `#/${route.path}`;
}
