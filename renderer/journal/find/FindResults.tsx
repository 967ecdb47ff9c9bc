import { ProblemMessage } from '../../feedback/ProblemMessage';
import { findElementIds } from './findElementIds';
import { FoundEntry } from './FoundEntry';
import type { FindOutcome } from './useJournalFind';

const counted = (count: number) => `${count} ${count === 1 ? 'entry' : 'entries'} found`;

/** Shown in place of the timeline while a search or a filter is on. */
export function FindResults({ outcome }: { outcome: FindOutcome }) {
  const result = outcome.phase === 'found' ? outcome.result : null;

  return (
    <div id={findElementIds.results} className="find-results">
      <p role="status" className="found-count">
        {outcome.phase === 'searching' && 'Searching…'}
        {result && counted(result.total)}
        {result && result.total > result.hits.length && ` · showing the newest ${result.hits.length}`}
      </p>
      {outcome.phase === 'failed' && <ProblemMessage id="journal-search-problem" problem={outcome.problem} />}
      {result && result.total === 0 && (
        <p className="empty-state">Nothing here matches that. Try fewer words or a wider filter; everything you wrote is still here.</p>
      )}
      {result && result.hits.length > 0 && (
        <ul className="entry-list" aria-label="Search results">
          {result.hits.map((hit) => (
            <li key={hit.entry.id}>
              <FoundEntry hit={hit} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
