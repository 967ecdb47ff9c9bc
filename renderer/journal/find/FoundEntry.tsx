import type { EntryKind } from '../../../shared/journal/entry';
import type { SearchHit } from '../../../shared/journal/journalFindIpc';
import { searchableFields, type SearchField, type TextRange } from '../../../shared/journal/journalSearch';
import { formatEntryTime } from '../formatEntryTime';
import { findSnippet } from './findSnippet';
import { foundEntryHeadingId } from './findElementIds';
import { Highlighted } from './Highlighted';

const kindTitles: Record<EntryKind, string | null> = { free: null, pause: 'Pause', reset: 'Reset before responding' };

/** Said before a snippet that is not the entry's own text, so a match in an answer reads in context. */
const fieldLabels: Partial<Record<SearchField, string>> = {
  feeling: 'Feeling',
  prompt: 'Prompt',
  shift: 'Small shift',
  myFeeling: 'What I felt',
  theirFeeling: 'What they might feel',
  curiousReply: 'A curious reply',
};

const noRanges: TextRange[] = [];

/** One result: its title and a snippet around the first match, the matches marked. */
export function FoundEntry({ hit }: { hit: SearchHit }) {
  const { entry, fields } = hit;
  const rangesOf = (field: SearchField, index?: number) =>
    fields.find((match) => match.field === field && match.index === index)?.ranges ?? noRanges;
  const written = formatEntryTime(entry.createdAt);
  const title = entry.title.trim() !== '' ? entry.title : kindTitles[entry.kind];

  // The first match outside the title, tags and values; otherwise the start of the text.
  const bodyMatch = fields.find((match) => !['title', 'tags', 'values'].includes(match.field));
  const source = bodyMatch
    ? searchableFields(entry).find((field) => field.field === bodyMatch.field)
    : { field: 'text' as const, text: entry.text };
  const snippet = source && source.text.trim() !== '' ? findSnippet(source.text, bodyMatch?.ranges ?? noRanges) : null;
  const headingId = foundEntryHeadingId(entry.id);

  return (
    <article className="entry found-entry" aria-labelledby={headingId}>
      <header className="entry-header">
        <h3 id={headingId} className="entry-title">
          {title === null ? <time dateTime={entry.createdAt}>{written}</time> : <Highlighted text={title} ranges={rangesOf('title')} />}
        </h3>
        {title !== null && (
          <p className="entry-meta">
            <time dateTime={entry.createdAt}>{written}</time>
          </p>
        )}
      </header>
      {snippet && source && (
        <p className="found-snippet">
          {fieldLabels[source.field] && <span className="found-field">{fieldLabels[source.field]}: </span>}
          {snippet.cutStart && '… '}
          <Highlighted text={snippet.text} ranges={snippet.ranges} />
          {snippet.cutEnd && ' …'}
        </p>
      )}
      {(entry.tags.length > 0 || entry.values.length > 0) && (
        <div className="entry-labels">
          {entry.tags.length > 0 && (
            <ul className="chips" aria-label="Tags">
              {entry.tags.map((tag, index) => (
                <li key={tag} className="chip">
                  #<Highlighted text={tag} ranges={rangesOf('tags', index)} />
                </li>
              ))}
            </ul>
          )}
          {entry.values.length > 0 && (
            <ul className="chips values" aria-label="Values">
              {entry.values.map((value, index) => (
                <li key={value} className="chip">
                  <Highlighted text={value} ranges={rangesOf('values', index)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </article>
  );
}
