import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { valueNames } from '../../shared/content/valueNames';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { LabelListInput } from './labels/LabelListInput';
import { addTag, addValue } from './labels/labelInput';
import { editorFieldIds } from './editorFieldIds';
import { isCancelKey, isSaveShortcut, saveShortcutAria, saveShortcutLabel } from './saveShortcut';
import type { EntryDraft } from './useJournal';

interface EntryEditorProps {
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** Names the form for assistive technology ("New entry", "Edit entry"). */
  formLabel: string;
  textLabel: string;
  saveLabel: string;
  initial: EntryDraft;
  /** Resolves to a problem to show, or null once saved. */
  onSave(draft: EntryDraft): Promise<string | null>;
  /** Given only when the editor can be left without saving (Esc or the Cancel button). */
  onCancel?: () => void;
  clearAfterSave?: boolean;
  focusOnOpen?: boolean;
}

export function EntryEditor(props: EntryEditorProps) {
  const { idPrefix, initial, onSave, onCancel, focusOnOpen, clearAfterSave } = props;
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const text = textRef.current;
    if (!focusOnOpen || !text) return;
    text.focus();
    text.setSelectionRange(text.value.length, text.value.length);
  }, [focusOnOpen]);

  const ids = editorFieldIds(idPrefix);

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const outcome = await onSave(draft);
    setSaving(false);
    setProblem(outcome);
    if (outcome !== null) textRef.current?.focus();
    else if (clearAfterSave) setDraft({ title: '', text: '', tags: [], values: [] });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    } else if (onCancel && isCancelKey(event)) {
      event.preventDefault();
      onCancel();
    }
  }

  function moveToTextOnEnter(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    textRef.current?.focus();
  }

  return (
    <form className="entry-editor" aria-label={props.formLabel} onSubmit={save} onKeyDown={handleKeyDown}>
      <label htmlFor={ids.title}>Title (optional)</label>
      <input
        id={ids.title}
        type="text"
        value={draft.title}
        autoComplete="off"
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        onKeyDown={moveToTextOnEnter}
      />
      <label htmlFor={ids.text}>{props.textLabel}</label>
      <textarea
        id={ids.text}
        ref={textRef}
        value={draft.text}
        aria-describedby={problem === null ? ids.hint : `${ids.problem} ${ids.hint}`}
        aria-keyshortcuts={saveShortcutAria}
        onChange={(event) => setDraft({ ...draft, text: event.target.value })}
      />
      <LabelListInput
        id={ids.tags}
        label="Tags (optional)"
        noun="tag"
        hint="Comma or Enter adds a tag; Backspace in the empty field removes the last."
        items={draft.tags}
        onChange={(tags) => setDraft((current) => ({ ...current, tags }))}
        add={addTag}
      />
      <LabelListInput
        id={ids.values}
        label="Values this touches (optional)"
        noun="value"
        hint="Start typing to choose from the personal values; Enter adds it."
        items={draft.values}
        onChange={(values) => setDraft((current) => ({ ...current, values }))}
        add={addValue}
        suggestions={valueNames}
      />
      <ProblemMessage id={ids.problem} problem={problem} />
      <div className="editor-footer">
        <p id={ids.hint} className="hint">
          {saveShortcutLabel} saves{onCancel ? ' · Esc cancels' : ''}
        </p>
        <div className="button-row">
          {onCancel && (
            <button type="button" className="button quiet" onClick={onCancel}>
              Cancel
            </button>
          )}
          <button type="submit" className="button primary" aria-disabled={saving}>
            {saving ? 'Saving…' : props.saveLabel}
          </button>
        </div>
      </div>
    </form>
  );
}
