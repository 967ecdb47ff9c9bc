import { presence } from '../presenceApi';

/**
 * Opens the Journal window. Should the desktop side be unable to (or absent,
 * as in a plain browser), this window shows the journal itself instead.
 */
export async function openJournal(): Promise<void> {
  const result = await presence().openSurface({ surface: 'journal' });
  if (!result.ok) window.location.hash = '#/journal';
}
