import { ProblemMessage } from '../feedback/ProblemMessage';
import { StepActions } from './StepActions';
import type { QuickPause } from './useQuickPause';

const problemId = 'pause-save-problem';

/** Step 4: one small thing to try in the next hour, then save or close. */
export function ShiftStep({ pause, onClose }: { pause: QuickPause; onClose(): void }) {
  return (
    <>
      <p className="step-intro">Something to try in the next hour, if it fits.</p>
      <p className="pause-shift" aria-live="polite">
        {pause.shift.text}
      </p>
      <button type="button" className="button quiet different-shift" onClick={pause.differentShift}>
        Show a different one
      </button>
      <ProblemMessage id={problemId} problem={pause.problem} />
      <StepActions onBack={() => pause.goTo(pause.step - 1)}>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="button primary"
          aria-disabled={pause.saving}
          aria-describedby={pause.problem === null ? undefined : problemId}
          onClick={pause.save}
        >
          {pause.saving ? 'Saving…' : 'Save to journal'}
        </button>
      </StepActions>
    </>
  );
}
