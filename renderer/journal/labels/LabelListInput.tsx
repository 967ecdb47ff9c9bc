import { useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { Addition } from './labelInput';

interface LabelListInputProps {
  id: string;
  label: string;
  /** What the chips are called to assistive technology: "tag", "value". */
  noun: string;
  hint: string;
  items: readonly string[];
  onChange(items: string[]): void;
  add(items: readonly string[], typed: string): Addition;
  /** Suggestions offered while typing (a datalist), e.g. the card sort's value names. */
  suggestions?: readonly string[];
}

/**
 * A list of short labels edited from one text field: comma or Enter adds what was typed,
 * Backspace in the empty field takes the last one off, and each chip has its own Remove.
 * The problem is a polite live region, not an alert, so the editor keeps a single alert.
 */
export function LabelListInput({ id, label, noun, hint, items, onChange, add, suggestions }: LabelListInputProps) {
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = `${id}-hint`;
  const problemId = `${id}-problem`;
  const listId = `${id}-suggestions`;

  /** Adds each piece in turn; stops at the first it cannot take and leaves that one in the field. */
  function commit(pieces: string[], rest: string): void {
    let list = [...items];
    for (const [position, piece] of pieces.entries()) {
      const outcome = add(list, piece);
      if (!outcome.ok) {
        onChange(list);
        setTyped([...pieces.slice(position), rest].filter((part) => part.trim() !== '').join(', '));
        setProblem(outcome.problem);
        return;
      }
      list = outcome.list;
    }
    onChange(list);
    setTyped(rest);
    setProblem(null);
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>): void {
    const value = event.target.value;
    // A comma (typed or pasted) ends a label; whatever follows the last one stays in the field.
    if (!value.includes(',')) {
      setTyped(value);
      return;
    }
    const pieces = value.split(',');
    const rest = pieces.pop() ?? '';
    commit(pieces, rest);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      // Enter adds the label; it must never submit the entry half-written.
      event.preventDefault();
      commit([typed], '');
    } else if (event.key === 'Backspace' && typed === '' && items.length > 0) {
      event.preventDefault();
      onChange(items.slice(0, -1));
      setProblem(null);
    }
  }

  return (
    <div className="label-list-input">
      <label htmlFor={id}>{label}</label>
      {items.length > 0 && (
        <ul className="chips" aria-label={`Chosen ${noun}s`}>
          {items.map((item) => (
            <li key={item} className="chip">
              <span>{item}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${noun} ${item}`}
                onClick={() => onChange(items.filter((other) => other !== item))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        type="text"
        value={typed}
        autoComplete="off"
        list={suggestions ? listId : undefined}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? hintId : `${problemId} ${hintId}`}
        onChange={handleChange}
        onKeyDown={handleKeyDown}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      <p id={hintId} className="hint">
        {hint}
      </p>
      <p id={problemId} className="label-problem" aria-live="polite">
        {problem}
      </p>
    </div>
  );
}
