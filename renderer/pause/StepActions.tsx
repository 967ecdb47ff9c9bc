import type { ReactNode } from 'react';

interface StepActionsProps {
  /** Given on every step but the first. */
  onBack?: () => void;
  children: ReactNode;
}

/** The row of buttons at the foot of a step: Back on the left, the way on to the right. */
export function StepActions({ onBack, children }: StepActionsProps) {
  return (
    <div className="step-actions">
      {onBack ? (
        <button type="button" className="button quiet" onClick={onBack}>
          Back
        </button>
      ) : (
        <span />
      )}
      <div className="button-row">{children}</div>
    </div>
  );
}
