import type { JournalEntry } from '../../shared/journal/entry';
import { describeFeeling } from '../feeling/describeFeeling';
import { EntryText, MarkdownText } from '../markdown/EntryText';
import { resetQuestions } from '../reset/resetQuestions';
import { EntryPart } from './EntryPart';

const hasWords = (text: string) => text.trim().length > 0;

/**
 * What an entry says: free text as written; a pause or a reset as its labelled parts.
 * The person's writing is rendered from Markdown (safely, see renderer/markdown/); the
 * app's own words (feeling, prompt, shift) stay plain text.
 */
export function EntryBody({ entry }: { entry: JournalEntry }) {
  if (entry.kind === 'free') {
    if (!entry.feeling && !entry.prompt) return <EntryText text={entry.text} />;
    return (
      <>
        <dl className="entry-parts">
          {entry.feeling && <EntryPart term="Feeling">{describeFeeling(entry.feeling)}</EntryPart>}
          {entry.prompt && <EntryPart term="Prompt">{entry.prompt.text}</EntryPart>}
        </dl>
        <EntryText text={entry.text} />
      </>
    );
  }
  return (
    <dl className="entry-parts">
      {entry.feeling && <EntryPart term="Feeling">{describeFeeling(entry.feeling)}</EntryPart>}
      {entry.prompt && <EntryPart term="Prompt">{entry.prompt.text}</EntryPart>}
      {hasWords(entry.text) && (
        <EntryPart term={entry.kind === 'pause' ? 'Reflection' : 'Notes'}>
          <EntryText text={entry.text} />
        </EntryPart>
      )}
      {entry.shift && <EntryPart term="Small shift">{entry.shift}</EntryPart>}
      {entry.reset &&
        resetQuestions.map(({ field, question }) =>
          entry.reset && hasWords(entry.reset[field]) ? (
            // Answers are at most a few thousand characters, so they are always shown whole.
            <EntryPart key={field} term={question}>
              <MarkdownText text={entry.reset[field]} />
            </EntryPart>
          ) : null,
        )}
    </dl>
  );
}
