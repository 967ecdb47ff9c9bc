import type { JSX } from 'react';
import type { Components, ExtraProps } from 'react-markdown';
import { entryHeadingTag } from './headingLevel';
import { imageText } from './imageText';
import { safeLinkHref } from './linkPolicy';
import { ScrollableCode } from './ScrollableCode';

type Props<Tag extends keyof JSX.IntrinsicElements> = JSX.IntrinsicElements[Tag] & ExtraProps;

/** An https or mailto link opens outside the app (the main process sees to that); anything else is its words alone. */
function EntryLink({ href, title, children }: Props<'a'>) {
  const safeHref = href === undefined ? null : safeLinkHref(href);
  if (safeHref === null) return <>{children}</>;
  return (
    <a href={safeHref} title={title} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}

function EntryImage({ alt }: Props<'img'>) {
  return <span className="markdown-image">{imageText(alt)}</span>;
}

function heading(markdownLevel: number) {
  const Tag = entryHeadingTag(markdownLevel);
  return function EntryHeading({ node: _node, ...props }: Props<'h1'>) {
    return <Tag dir="auto" {...props} />;
  };
}

/**
 * How each Markdown element appears in an entry. Blocks of text take their direction
 * from their own first words (dir="auto"), so a Hebrew or Arabic paragraph reads right to left;
 * a quote follows its first paragraph (markdown.css).
 */
export const entryComponents: Components = {
  p: ({ node: _node, ...props }) => <p dir="auto" {...props} />,
  li: ({ node: _node, ...props }) => <li dir="auto" {...props} />,
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  a: EntryLink,
  img: EntryImage,
  pre: ScrollableCode,
};

/** Everything Markdown (without raw HTML or extensions) can produce; anything else is unwrapped to its text. */
export const entryElements: readonly string[] = [
  'p', 'br', 'em', 'strong', 'a', 'img', 'ul', 'ol', 'li', 'blockquote', 'code', 'pre', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
];
