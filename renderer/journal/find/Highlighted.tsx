import { highlightSegments, type TextRange } from '../../../shared/journal/journalSearch';

/** Text with the matched parts in <mark>; always rendered as text, never as HTML or Markdown. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return (
    <>
      {highlightSegments(text, ranges).map((segment, position) =>
        segment.match ? <mark key={position}>{segment.text}</mark> : <span key={position}>{segment.text}</span>,
      )}
    </>
  );
}
