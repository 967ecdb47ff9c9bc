import { memo } from 'react';
import Markdown from 'react-markdown';
import '../styles/markdown.css';
import { entryComponents, entryElements } from './entryComponents';
import { htmlAsText } from './htmlAsText';
import { lineBreaks } from './lineBreaks';
import { entryUrlTransform } from './linkPolicy';

const remarkPlugins = [htmlAsText, lineBreaks];

/**
 * Journal text as Markdown, built as React elements and never as an HTML string:
 * HTML the person typed shows as typed, only https and mailto links link, and images
 * are named rather than loaded.
 */
export const EntryMarkdown = memo(function EntryMarkdown({ text }: { text: string }) {
  return (
    <Markdown
      remarkPlugins={remarkPlugins}
      allowedElements={entryElements}
      unwrapDisallowed
      urlTransform={entryUrlTransform}
      components={entryComponents}
    >
      {text}
    </Markdown>
  );
});
