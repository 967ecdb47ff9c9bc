import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { journalTemplates } from '../../shared/content/journalTemplates';
import { valueNames } from '../../shared/content/valueNames';
import type { Draft, DraftKey } from '../../shared/drafts/draft';
import { useAutosavedDraft } from '../drafts/useAutosavedDraft';
import { FeelingCheckIn } from '../feeling/FeelingCheckIn';
import { feelingToSave, unplacedFeeling, type FeelingDraft } from '../feeling/feelingDraft';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';
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
  /** Offers the feeling check-in (free entries); without it the entry's feeling is left as it is. */
  withFeeling?: boolean;
  /** Offers the guided templates: questions to answer, saved as Markdown sections. */
  withTemplates?: boolean;
}

/** The guide choice that asks the backend for a journal question to write from. */
const questionChoice = 'journal-question';

const templateNamed = (id: string | null) => journalTemplates.find((template) => template.id === id) ?? null;

/** The answered questions as Markdown sections, in the template's order; empty answers are left out. */
function composeAnswers(templateId: string | null, answers: Record<string, string>): string {
  const template = templateNamed(templateId);
  if (!template) return '';
  return template.questions
    .filter((question) => (answers[question.id] ?? '').trim() !== '')
    .map((question) => `### ${question.text}\n\n${(answers[question.id] ?? '').trim()}`)
    .join('\n\n');
}

function feelingDraftOf(feeling: EntryDraft['feeling']): FeelingDraft {
  return feeling ? { ...feeling, placed: true } : unplacedFeeling;
}

export function EntryEditor(props: EntryEditorProps) {
  const { idPrefix, initial, draftKey, onSave, onSaved, onCancel, focusOnOpen, clearAfterSave, withFeeling, withTemplates } = props;
  const [draft, setDraft] = useState(initial);
  const [feeling, setFeeling] = useState(() => feelingDraftOf(initial.feeling));
  const [feelingOpen, setFeelingOpen] = useState(false);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const template = withTemplates ? templateNamed(templateId) : null;
  const askingQuestion = Boolean(withTemplates) && templateId === questionChoice;
  const [question, setQuestion] = useState<{ id: string; text: string } | null>(null);
  const firstAnswerRef = useRef<HTMLTextAreaElement>(null);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const fields = useMemo(
    () => ({ title: draft.title, text: draft.text, templateId: template?.id ?? null, answers: template ? answers : {} }),
    [draft.title, draft.text, template, answers],
  );
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
      if (withTemplates && templateNamed(kept.restored.templateId)) {
        setTemplateId(kept.restored.templateId);
        setAnswers(kept.restored.answers);
      }
    }
  }
  const changed = draft.title !== initial.title || draft.text !== initial.text;
  const typedSinceTakenUp = draft.title !== baseline.title || draft.text !== baseline.text;

  async function discardDraft(): Promise<void> {
    setOffered(null);
    setDraft({ ...draft, title: initial.title, text: initial.text });
    setBaseline({ title: initial.title, text: initial.text });
    setTemplateId(null);
    setAnswers({});
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
  const questionId = `${ids.template}-question`;

  async function fetchQuestion(): Promise<void> {
    const result = await presence().nextJournalPrompt();
    if (result.ok) {
      setQuestion(result.value);
      setProblem(null);
    } else {
      setProblem(describeFailure(result.error));
    }
  }

  function chooseGuide(value: string): void {
    setTemplateId(value === '' ? null : value);
    if (value === questionChoice) void fetchQuestion();
    else setQuestion(null);
  }

  async function save(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (saving) return;
    let toSave = withFeeling ? { ...draft, feeling: feelingToSave(feeling) } : draft;
    if (template) {
      const text = composeAnswers(template.id, answers);
      if (text === '') {
        setProblem('Answer at least one of the questions before saving.');
        firstAnswerRef.current?.focus();
        return;
      }
      toSave = { ...toSave, title: draft.title.trim() === '' ? template.name : draft.title, text };
    } else if (askingQuestion && question) {
      toSave = { ...toSave, promptId: question.id };
    }
    setSaving(true);
    const outcome = await onSave(toSave);
    setSaving(false);
    setProblem(outcome);
    if (outcome !== null) {
      (template ? firstAnswerRef : textRef).current?.focus();
      return;
    }
    // Let go of the draft before the editor may close: once saved, the words live in the entry.
    void kept.discard();
    setOffered(null);
    if (clearAfterSave) {
      setDraft({ title: '', text: '', tags: [], values: [] });
      setBaseline({ title: '', text: '' });
      setFeeling(unplacedFeeling);
      setFeelingOpen(false);
      setTemplateId(null);
      setAnswers({});
      setQuestion(null);
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
    (template ? firstAnswerRef : textRef).current?.focus();
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
      {withTemplates && (
        <>
          <label htmlFor={ids.template}>Write with a guide</label>
          <select
            id={ids.template}
            value={templateId ?? ''}
            onChange={(event) => chooseGuide(event.target.value)}
          >
            <option value="">None</option>
            {journalTemplates.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
            <option value={questionChoice}>A question to write from</option>
          </select>
        </>
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
      {template ? (
        <div className="template-questions">
          <p className="hint">{template.description}</p>
          {template.questions.map((question, index) => {
            const answerId = `${ids.template}-${question.id}`;
            const described = `${answerId}-hint`;
            return (
              <div key={question.id} className="template-question">
                <label htmlFor={answerId}>{question.text}</label>
                <p id={described} className="hint">
                  {question.hint}
                </p>
                <textarea
                  id={answerId}
                  ref={index === 0 ? firstAnswerRef : undefined}
                  value={answers[question.id] ?? ''}
                  aria-describedby={problem === null ? `${described} ${ids.hint}` : `${ids.problem} ${described} ${ids.hint}`}
                  aria-keyshortcuts={saveShortcutAria}
                  onChange={(event) => setAnswers({ ...answers, [question.id]: event.target.value })}
                  onBlur={() => void kept.flush()}
                />
              </div>
            );
          })}
        </div>
      ) : (
        <>
          {askingQuestion ? (
            <div className="journal-question">
              <label id={questionId} htmlFor={ids.text}>
                {question ? question.text : 'Finding a question…'}
              </label>
              <button type="button" className="button quiet" onClick={() => void fetchQuestion()}>
                Another question
              </button>
            </div>
          ) : (
            <label htmlFor={ids.text}>{props.textLabel}</label>
          )}
          <textarea
            id={ids.text}
            ref={textRef}
            value={draft.text}
            aria-describedby={problem === null ? ids.hint : `${ids.problem} ${ids.hint}`}
            aria-keyshortcuts={saveShortcutAria}
            onChange={(event) => setDraft({ ...draft, text: event.target.value })}
            onBlur={() => void kept.flush()}
          />
        </>
      )}
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
      {withFeeling && (
        <div className="entry-feeling">
          <button
            type="button"
            className="button quiet"
            aria-expanded={feelingOpen}
            aria-controls={ids.feeling}
            onClick={() => setFeelingOpen(!feelingOpen)}
          >
            How are you feeling? <span className="optional">(optional)</span>
          </button>
          <div id={ids.feeling} hidden={!feelingOpen}>
            {feelingOpen && <FeelingCheckIn idPrefix={ids.feeling} value={feeling} onChange={setFeeling} />}
          </div>
        </div>
      )}
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
