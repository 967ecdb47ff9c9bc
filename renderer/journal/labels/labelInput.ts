import { canonicalValueName } from '../../../shared/content/valueNames';
import { entryTagSchema, maxTagsPerEntry } from '../../../shared/journal/entry';

export type Addition = { ok: true; list: string[] } | { ok: false; problem: string };

/** "#Work " becomes "work": people type tags the way they see them elsewhere. */
export function normalizeTag(typed: string): string {
  return typed.trim().replace(/^#+/u, '').toLocaleLowerCase();
}

/** Adds a typed tag, checked by the same schema the backend uses; one already there is no change. */
export function addTag(tags: readonly string[], typed: string): Addition {
  const tag = normalizeTag(typed);
  if (tag === '') return { ok: true, list: [...tags] };
  const checked = entryTagSchema.safeParse(tag);
  if (!checked.success) return { ok: false, problem: checked.error.issues[0]?.message ?? 'That tag cannot be used.' };
  if (tags.includes(tag)) return { ok: true, list: [...tags] };
  if (tags.length >= maxTagsPerEntry) return { ok: false, problem: `An entry can have at most ${maxTagsPerEntry} tags.` };
  return { ok: true, list: [...tags, tag] };
}

/** Adds a value by its card-sort name, whatever the case it was typed in. */
export function addValue(values: readonly string[], typed: string): Addition {
  if (typed.trim() === '') return { ok: true, list: [...values] };
  const name = canonicalValueName(typed);
  if (name === null) return { ok: false, problem: `“${typed.trim()}” is not one of the personal values. Choose one from the list.` };
  if (values.includes(name)) return { ok: true, list: [...values] };
  if (values.length >= maxTagsPerEntry) return { ok: false, problem: `An entry can have at most ${maxTagsPerEntry} values.` };
  return { ok: true, list: [...values, name] };
}
