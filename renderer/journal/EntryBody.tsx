import type { JournalEntry } from '../../shared/journal/entry';
import { describeFeeling } from '../feeling/describeFeeling';
import { resetQuestions } from '../reset/resetQuestions';
import { EntryPart } from './EntryPart';

const hasWords = (text: string) => text.trim().length > 0;

/** What an entry says: free text as written; a pause or a reset as its labelled parts. */
export function EntryBody({ entry }: { entry: JournalEntry }) {
  if (entry.kind === 'free') return <p className="entry-text">{entry.text}</p>;
  return (
    <dl className="entry-parts">
      {entry.feeling && <EntryPart term="Feeling">{describeFeeling(entry.feeling)}</EntryPart>}
      {entry.prompt && <EntryPart term="Prompt">{entry.prompt.text}</EntryPart>}
      {hasWords(entry.text) && (
        <EntryPart term={entry.kind === 'pause' ? 'Reflection' : 'Notes'} writing>
          {entry.text}
        </EntryPart>
      )}
      {entry.shift && <EntryPart term="Small shift">{entry.shift}</EntryPart>}
      {entry.reset &&
        resetQuestions.map(({ field, question }) =>
          entry.reset && hasWords(entry.reset[field]) ? (
            <EntryPart key={field} term={question} writing>
              {entry.reset[field]}
            </EntryPart>
          ) : null,
        )}
    </dl>
  );
}
