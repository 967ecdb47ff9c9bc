import { useRef, useState, type KeyboardEvent } from 'react';
import { isEmptyFilter } from '../../../shared/journal/journalFilters';
import { FindFilters } from './FindFilters';
import { findElementIds } from './findElementIds';
import type { JournalFind } from './useJournalFind';

/** The search field and the Filters disclosure; Esc anywhere in it goes back to the timeline. */
export function FindBar({ find }: { find: JournalFind }) {
  const [filtersOpen, setFiltersOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const showClear = find.active || find.text !== '' || !isEmptyFilter(find.filters);

  function clear(): void {
    find.clear();
    inputRef.current?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.key !== 'Escape' || !showClear) return;
    event.preventDefault();
    clear();
  }

  return (
    <form role="search" aria-label="Journal" className="find-bar" onSubmit={(event) => event.preventDefault()} onKeyDown={handleKeyDown}>
      <div className="find-row">
        <label htmlFor={findElementIds.input} className="visually-hidden">
          Search your journal
        </label>
        <input
          id={findElementIds.input}
          ref={inputRef}
          type="search"
          placeholder="Search your journal"
          value={find.text}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => find.setText(event.target.value)}
        />
        <button
          type="button"
          className="button quiet"
          aria-expanded={filtersOpen}
          aria-controls={findElementIds.filters}
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          Filters
        </button>
        {showClear && (
          <button type="button" className="button quiet" onClick={clear}>
            Clear
          </button>
        )}
      </div>
      {filtersOpen && <FindFilters id={findElementIds.filters} find={find} />}
    </form>
  );
}
