import { useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { EntryMarkdown } from './EntryMarkdown';
import { entryPreview } from './entryPreview';

/** A piece of journal writing, rendered from Markdown in full. */
export function MarkdownText({ text, id, clamped = false }: { text: string; id?: string; clamped?: boolean }) {
  return (
    <div id={id} className={clamped ? 'entry-text markdown clamped' : 'entry-text markdown'}>
      <EntryMarkdown text={text} />
    </div>
  );
}

/**
 * An entry's text in the timeline. A long one shows its beginning until the person asks
 * for the rest, so a list of 100 KB entries renders a few pages of Markdown, not megabytes.
 */
export function EntryText({ text }: { text: string }) {
  const [whole, setWhole] = useState(false);
  const textId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  const preview = useMemo(() => entryPreview(text), [text]);

  if (!preview.clamped) return <MarkdownText text={text} />;

  function toggle(): void {
    if (!whole) {
      setWhole(true);
      return;
    }
    // Folding a long entry away would leave the button far above the view; bring it back.
    flushSync(() => setWhole(false));
    toggleRef.current?.scrollIntoView({ block: 'nearest' });
  }

  return (
    <>
      <MarkdownText key={whole ? 'whole' : 'preview'} id={textId} text={whole ? text : preview.text} clamped={!whole} />
      <button
        type="button"
        ref={toggleRef}
        className="button quiet read-whole"
        aria-expanded={whole}
        aria-controls={textId}
        onClick={toggle}
      >
        Read the whole entry
      </button>
    </>
  );
}
