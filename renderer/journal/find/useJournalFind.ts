import { useEffect, useMemo, useState } from 'react';
import type { SearchResult, TagsInUse } from '../../../shared/journal/journalFindIpc';
import { isEmptyFilter, journalFilterSchema, type JournalFilter } from '../../../shared/journal/journalFilters';
import { describeFailure } from '../../ipc/describeFailure';
import { presence } from '../../presenceApi';

/** Long enough to wait out a word being typed, short enough to feel immediate. */
export const searchDelayMs = 200;
const resultLimit = 100;

export type FindOutcome =
  | { phase: 'idle' }
  | { phase: 'searching' }
  | { phase: 'found'; result: SearchResult }
  | { phase: 'failed'; problem: string };

export interface JournalFind {
  /** What is in the search field, as typed. */
  text: string;
  setText(text: string): void;
  filters: JournalFilter;
  setFilters(filters: JournalFilter): void;
  /** A search or a filter narrows the journal: show the results instead of the timeline. */
  active: boolean;
  /** Why the filters cannot be used as they are (a start date after the end), or null. */
  filterProblem: string | null;
  outcome: FindOutcome;
  tags: TagsInUse['tags'];
  clear(): void;
}

/** Search text and filters, the results of the latest search, and the tags to filter by. */
export function useJournalFind(): JournalFind {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<JournalFilter>({});
  /** The answer to the latest search; only ever set when an answer arrives. */
  const [answer, setAnswer] = useState<FindOutcome | null>(null);
  const [tags, setTags] = useState<TagsInUse['tags']>([]);
  const [changes, setChanges] = useState(0);

  // Typing waits a moment; emptying the field takes effect at once (in changeText).
  useEffect(() => {
    if (text.trim() === '') return;
    const timer = setTimeout(() => setQuery(text), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  function changeText(next: string): void {
    setText(next);
    if (next.trim() === '') setQuery('');
  }

  const checked = useMemo(() => journalFilterSchema.safeParse(filters), [filters]);
  const filterProblem = checked.success ? null : (checked.error.issues[0]?.message ?? 'These filters cannot be used together.');
  const active = query.trim() !== '' || !isEmptyFilter(filters);

  // An edit, a delete or an import anywhere shows up in the results and the tag choices.
  useEffect(() => presence().onEvent((event) => event.type === 'journal-changed' && setChanges((count) => count + 1)), []);

  useEffect(() => {
    let current = true;
    void presence()
      .listTags()
      .then((result) => current && result.ok && setTags(result.value.tags));
    return () => {
      current = false;
    };
  }, [changes]);

  // While a new search is on its way the previous answer stays, so the list does not flicker.
  const outcome: FindOutcome = !active || !checked.success ? { phase: 'idle' } : (answer ?? { phase: 'searching' });

  useEffect(() => {
    if (!active || !checked.success) return;
    let current = true;
    void presence()
      .searchEntries({ query, filters: checked.data, limit: resultLimit })
      .then((result) => {
        if (!current) return;
        setAnswer(result.ok ? { phase: 'found', result: result.value } : { phase: 'failed', problem: describeFailure(result.error) });
      });
    return () => {
      current = false;
    };
  }, [active, checked, query, changes]);

  function clear(): void {
    setText('');
    setQuery('');
    setFilters({});
    setAnswer(null);
  }

  return { text, setText: changeText, filters, setFilters, active, filterProblem, outcome, tags, clear };
}
