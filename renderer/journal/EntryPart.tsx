import type { ReactNode } from 'react';

/** One labelled part of a structured entry (a pause or a reset), as a term and its description. */
export function EntryPart({ term, children, writing = false }: { term: string; children: ReactNode; writing?: boolean }) {
  return (
    <div className="entry-part">
      <dt>{term}</dt>
      <dd className={writing ? 'entry-text' : undefined}>{children}</dd>
    </div>
  );
}
