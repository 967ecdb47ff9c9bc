import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ProblemMessage } from '../feedback/ProblemMessage';

interface DeleteConfirmationProps {
  /** Resolves to a problem to show, or null once deleted. */
  onConfirm(): Promise<string | null>;
  onKeep(): void;
}

/** The in-page "are you sure?" step; focus starts on Keep, the choice that loses nothing. */
export function DeleteConfirmation({ onConfirm, onKeep }: DeleteConfirmationProps) {
  const questionId = useId();
  const problemId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    keepRef.current?.focus();
  }, []);

  async function confirm(): Promise<void> {
    if (deleting) return;
    setDeleting(true);
    const outcome = await onConfirm();
    setDeleting(false);
    setProblem(outcome);
  }

  function keepOnEscape(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onKeep();
  }

  return (
    <div role="group" aria-labelledby={questionId} className="delete-confirmation" onKeyDown={keepOnEscape}>
      <p id={questionId} className="delete-question">
        Delete this entry? This can’t be undone.
      </p>
      <div className="button-row">
        <button type="button" className="button danger" aria-disabled={deleting} aria-describedby={problem === null ? undefined : problemId} onClick={confirm}>
          {deleting ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" ref={keepRef} className="button quiet" onClick={onKeep}>
          Keep
        </button>
      </div>
      <ProblemMessage id={problemId} problem={problem} />
    </div>
  );
}
