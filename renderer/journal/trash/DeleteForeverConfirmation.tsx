import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { ProblemMessage } from '../../feedback/ProblemMessage';

interface DeleteForeverConfirmationProps {
  /** Resolves to a problem to show, or null once deleted. */
  onConfirm(): Promise<string | null>;
  onKeep(): void;
}

/**
 * The in-page "are you sure?" before deleting an entry for good, from the trash.
 * Moving to the trash asks nothing (it can be undone); this cannot, so it asks.
 * Focus starts on Keep, the choice that loses nothing; Esc keeps too.
 */
export function DeleteForeverConfirmation({ onConfirm, onKeep }: DeleteForeverConfirmationProps) {
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
        Delete this entry for good? It can’t be brought back.
      </p>
      <div className="button-row">
        <button type="button" className="button danger" aria-disabled={deleting} aria-describedby={problem === null ? undefined : problemId} onClick={confirm}>
          {deleting ? 'Deleting…' : 'Delete forever'}
        </button>
        <button type="button" ref={keepRef} className="button quiet" onClick={onKeep}>
          Keep in the trash
        </button>
      </div>
      <ProblemMessage id={problemId} problem={problem} />
    </div>
  );
}
