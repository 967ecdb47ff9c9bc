import type { ComponentType } from 'react';
import { JournalSurface } from '../journal/JournalSurface';
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
}

/** One route per surface; the first is where unknown addresses land. */
export const routes = [
  { path: 'journal', title: 'Journal', Surface: JournalSurface, layout: 'page' },
  { path: 'settings', title: 'Settings', Surface: SettingsSurface, layout: 'page' },
  { path: 'quick-pause', title: 'Quick pause', Surface: QuickPauseSurface, layout: 'window' },
  { path: 'reset', title: 'Reset before responding', Surface: ResetSurface, layout: 'window' },
] as const satisfies readonly Route[];

export const fallbackRoute: Route = routes[0];

/** The surfaces the header links to. */
export const pageRoutes: readonly Route[] = routes.filter((route) => route.layout === 'page');

export function routeForHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0];
  return routes.find((route) => route.path === path) ?? fallbackRoute;
}

export function hrefFor(route: Route): string {
  return `#/${route.path}`;
}
