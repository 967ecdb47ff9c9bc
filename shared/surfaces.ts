import { z } from 'zod';

/** Every window Presence can open; each is a route of the one renderer bundle. */
export const surfaces = ['quick-pause', 'reset', 'journal', 'settings', 'today', 'values'] as const;
export type Surface = (typeof surfaces)[number];
export const surfaceSchema = z.enum(surfaces);
