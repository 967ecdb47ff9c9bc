import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { valueNames } from '../../shared/content/valueNames';
import type { Draft, DraftKey } from '../../shared/drafts/draft';
import { useAutosavedDraft } from '../drafts/useAutosavedDraft';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { LabelListInput } from './labels/LabelListInput';
import { addTag, addValue } from './labels/labelInput';
import { DraftStatus } from './DraftStatus';
import { editorFieldIds } from './editorFieldIds';
import { formatEntryTime } from './formatEntryTime';
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
  /** Where the unfinished words are kept while typing: 'new' or the id of the entry being edited. */
  draftKey: DraftKey;
  /** Resolves to a problem to show, or null once saved. */
  onSave(draft: EntryDraft): Promise<string | null>;
  /** Called once a save succeeded and the kept draft is let go, so the editor may close. */
  onSaved?: () => void;
  /**
   * Given only when the editor can be left without saving (Esc or the Cancel button).
   * `keptDraft` says the unsaved words were kept as a draft (Esc) rather than thrown away (Cancel).
   */
  onCancel?: (outcome: { keptDraft: boolean }) => void;
  clearAfterSave?: boolean;
  focusOnOpen?: boolean;
}

export function EntryEditor(props: EntryEditorProps) {
  const { idPrefix, initial, draftKey, onSave, onSaved, onCancel, focusOnOpen, clearAfterSave } = props;
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const fields = useMemo(() => ({ title: draft.title, text: draft.text, templateId: null, answers: {} }), [draft.title, draft.text]);
  const kept = useAutosavedDraft(draftKey, fields);
  // What the fields were last taken from (the entry, or a kept draft): typing since then is what "Draft saved" is about.
  const [baseline, setBaseline] = useState({ title: initial.title, text: initial.text });
  // The kept draft once it has been considered, so it is taken up at most once; `offered` is the one shown in the note.
  const [considered, setConsidered] = useState<Draft | null>(null);
  const [offered, setOffered] = useState<Draft | null>(null);
  if (kept.restored !== null && kept.restored !== considered) {
    setConsidered(kept.restored);
    // Words typed before the draft was read are newer than it: they win, and nothing is offered.
    if (draft.title === baseline.title && draft.text === baseline.text) {
      setDraft({ ...draft, title: kept.restored.title, text: kept.restored.text });
      setBaseline({ title: kept.restored.title, text: kept.restored.text });
      setOffered(kept.restored);
    }
  }
  const changed = draft.title !== initial.title || draft.text !== initial.text;
  const typedSinceTakenUp = draft.title !== baseline.title || draft.text !== baseline.text;

  async function discardDraft(): Promise<void> {
    setOffered(null);
    setDraft({ ...draft, title: initial.title, text: initial.text });
    setBaseline({ title: initial.title, text: initial.text });
    textRef.current?.focus();
    await kept.discard();
  }

  function cancel(keepDraft: boolean): void {
    if (!onCancel) return;
    // Esc is easy to press by accident: changed words are kept as a draft (and the entry says so).
    // The Cancel button is a deliberate choice to let them go.
    const keptDraft = keepDraft && changed;
    if (keptDraft) void kept.flush();
    else void kept.discard();
    onCancel({ keptDraft });
  }

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
    if (outcome !== null) {
      textRef.current?.focus();
      return;
    }
    // Let go of the draft before the editor may close: once saved, the words live in the entry.
    void kept.discard();
    setOffered(null);
    if (clearAfterSave) {
      setDraft({ title: '', text: '', tags: [], values: [] });
      setBaseline({ title: '', text: '' });
    }
    onSaved?.();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (isSaveShortcut(event)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    } else if (onCancel && isCancelKey(event)) {
      event.preventDefault();
      cancel(true);
    }
  }

  function moveToTextOnEnter(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    textRef.current?.focus();
  }

  return (
    <form className="entry-editor" aria-label={props.formLabel} onSubmit={save} onKeyDown={handleKeyDown}>
      {offered !== null && (
        <div className="draft-restored">
          <p>Picked up where you left off — saved {formatEntryTime(offered.savedAt)}.</p>
          <button type="button" className="button quiet" onClick={() => void discardDraft()}>
            Discard draft
          </button>
        </div>
      )}
      <label htmlFor={ids.title}>Title (optional)</label>
      <input
        id={ids.title}
        type="text"
        value={draft.title}
        autoComplete="off"
        onChange={(event) => setDraft({ ...draft, title: event.target.value })}
        onKeyDown={moveToTextOnEnter}
        onBlur={() => void kept.flush()}
      />
      <label htmlFor={ids.text}>{props.textLabel}</label>
      <textarea
        id={ids.text}
        ref={textRef}
        value={draft.text}
        aria-describedby={problem === null ? ids.hint : `${ids.problem} ${ids.hint}`}
        aria-keyshortcuts={saveShortcutAria}
        onChange={(event) => setDraft({ ...draft, text: event.target.value })}
        onBlur={() => void kept.flush()}
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
      <DraftStatus status={kept.status} problem={kept.problem} typed={typedSinceTakenUp} />
      <div className="editor-footer">
        <p id={ids.hint} className="hint">
          {saveShortcutLabel} saves{onCancel ? ' · Esc cancels' : ''}
        </p>
        <div className="button-row">
          {onCancel && (
            <button type="button" className="button quiet" onClick={() => cancel(false)}>
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
