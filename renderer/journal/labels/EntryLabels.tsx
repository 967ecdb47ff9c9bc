import type { JournalEntry } from '../../../shared/journal/entry';

/** An entry's tags and values, quietly under its text; nothing at all when it has none. */
export function EntryLabels({ entry }: { entry: Pick<JournalEntry, 'tags' | 'values'> }) {
  if (entry.tags.length === 0 && entry.values.length === 0) return null;
  return (
    <div className="entry-labels">
      {entry.tags.length > 0 && (
        <ul className="chips" aria-label="Tags">
          {entry.tags.map((tag) => (
            <li key={tag} className="chip">
              #{tag}
            </li>
          ))}
        </ul>
      )}
      {entry.values.length > 0 && (
        <ul className="chips values" aria-label="Values">
          {entry.values.map((value) => (
            <li key={value} className="chip">
              {value}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
