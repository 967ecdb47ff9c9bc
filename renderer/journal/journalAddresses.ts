/**
 * Hash addresses inside the journal. Kept apart from app/routes.ts, which imports
 * the surfaces, so a surface can link to another without an import cycle.
 */
export const journalPath = 'journal';
export const trashPath = 'journal/trash';

export const journalHref = `#/${journalPath}`;
export const trashHref = `#/${trashPath}`;
