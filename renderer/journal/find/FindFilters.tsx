import { quadrantLabels, quadrants } from '../../../shared/content/emotions';
import { valueNames } from '../../../shared/content/valueNames';
import { entryKinds, type EntryKind } from '../../../shared/journal/entry';
import type { JournalFilter } from '../../../shared/journal/journalFilters';
import type { JournalFind } from './useJournalFind';

const kindLabels: Record<EntryKind, string> = { free: 'Free', pause: 'Pause', reset: 'Reset' };

type ListFilter = 'kinds' | 'quadrants' | 'tags';

/** Ticks and unticks one choice in a list filter; an empty list is no filter at all. */
function toggled(filters: JournalFilter, key: ListFilter, choice: string, on: boolean): JournalFilter {
  const current: string[] = filters[key] ?? [];
  const next = on ? [...current, choice] : current.filter((item) => item !== choice);
  return { ...filters, [key]: next.length > 0 ? next : undefined };
}

function Choices({ legend, name, choices, find }: { legend: string; name: ListFilter; choices: Array<[string, string]>; find: JournalFind }) {
  const chosen: string[] = find.filters[name] ?? [];
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {choices.map(([value, label]) => (
        <label key={value} className="filter-choice">
          <input
            type="checkbox"
            checked={chosen.includes(value)}
            onChange={(event) => find.setFilters(toggled(find.filters, name, value, event.target.checked))}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** The filters panel: each group narrows the results; choices within a group widen them. */
export function FindFilters({ id, find }: { id: string; find: JournalFind }) {
  const { filters, setFilters } = find;
  const setDate = (key: 'from' | 'to', value: string) => setFilters({ ...filters, [key]: value === '' ? undefined : value });

  return (
    <div id={id} className="find-filters">
      <Choices legend="Kind" name="kinds" find={find} choices={entryKinds.map((kind) => [kind, kindLabels[kind]])} />
      <Choices legend="Feeling" name="quadrants" find={find} choices={quadrants.map((quadrant) => [quadrant, quadrantLabels[quadrant]])} />
      {find.tags.length > 0 ? (
        <Choices legend="Tag" name="tags" find={find} choices={find.tags.map(({ tag }) => [tag, `#${tag}`])} />
      ) : (
        <p className="quiet-text">No tags yet. Add some when you write an entry, and they will show up here.</p>
      )}
      <div className="filter-group">
        <label htmlFor={`${id}-value`}>Value</label>
        <select
          id={`${id}-value`}
          value={filters.values?.[0] ?? ''}
          onChange={(event) => setFilters({ ...filters, values: event.target.value === '' ? undefined : [event.target.value] })}
        >
          <option value="">Any value</option>
          {valueNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-group filter-dates">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" value={filters.from ?? ''} onChange={(event) => setDate('from', event.target.value)} />
        <label htmlFor={`${id}-to`}>To</label>
        <input id={`${id}-to`} type="date" value={filters.to ?? ''} onChange={(event) => setDate('to', event.target.value)} />
      </div>
      <p className="label-problem" aria-live="polite">
        {find.filterProblem}
      </p>
    </div>
  );
}
