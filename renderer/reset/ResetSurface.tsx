import type { FormEvent, KeyboardEvent } from 'react';
import { FeelingCheckIn } from '../feeling/FeelingCheckIn';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { closeWindow } from '../window/closeWindow';
import { useCloseOnEscape } from '../window/useCloseOnEscape';
import { WindowDone } from '../window/WindowDone';
import { WindowHeading } from '../window/WindowHeading';
import { resetFieldId, ResetQuestionField } from './ResetQuestionField';
import { resetQuestions } from './resetQuestions';
import { useReset } from './useReset';

const problemId = 'reset-problem';

/** Reset before responding: for a moment of tension with someone, before answering them. */
export function ResetSurface() {
  const reset = useReset();
  const escapeWarning = useCloseOnEscape(closeWindow, reset.hasUnsavedWords);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const saved = await reset.save();
    if (!saved) document.getElementById(resetFieldId('myFeeling'))?.focus();
  }

  /** Enter on a slider or a word must not save half a reset; Ctrl/⌘+Enter saves from anywhere, as in the journal. */
  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    } else if (event.target instanceof HTMLInputElement) {
      event.preventDefault();
    }
  }

  if (reset.saved) {
    return (
      <WindowDone heading="Saved to your journal" withJournalLink>
        Take the time you need before you answer. What you wrote will be there if you want it.
      </WindowDone>
    );
  }
  return (
    <div className="reset">
      <WindowHeading>Reset before responding</WindowHeading>
      <p className="step-intro">Something tense with someone? Before you answer, give yourself a minute with these. Only you will see them.</p>
      <form className="reset-form" aria-label="Reset before responding" onSubmit={submit} onKeyDown={handleKeyDown}>
        <section className="reset-feeling" aria-labelledby="reset-feeling-heading">
          <h2 id="reset-feeling-heading" className="section-heading">
            Right now
          </h2>
          <FeelingCheckIn idPrefix="reset-feeling" value={reset.feeling} onChange={reset.setFeeling} />
        </section>
        {resetQuestions.map((question) => (
          <ResetQuestionField key={question.field} question={question} value={reset.answers[question.field]} onChange={(value) => reset.setAnswer(question.field, value)} />
        ))}
        <ProblemMessage id={problemId} problem={reset.problem} />
        <div className="button-row form-actions">
          <button type="button" className="button" onClick={closeWindow}>
            Close
          </button>
          <button type="submit" className="button primary" aria-disabled={reset.saving} aria-describedby={reset.problem === null ? undefined : problemId}>
            {reset.saving ? 'Saving…' : 'Save to journal'}
          </button>
        </div>
      </form>
      <p role="status" className="escape-warning">
        {escapeWarning}
      </p>
    </div>
  );
}
