import { FeelingCheckIn } from '../feeling/FeelingCheckIn';
import type { QuickPause } from './useQuickPause';
import { StepActions } from './StepActions';

/** Step 2: where am I on the plane, and is there a word for it. */
export function FeelingStep({ pause }: { pause: QuickPause }) {
  return (
    <>
      <FeelingCheckIn idPrefix="pause-feeling" value={pause.feeling} onChange={pause.setFeeling} />
      <StepActions onBack={() => pause.goTo(pause.step - 1)}>
        <button type="button" className="button primary" onClick={() => pause.goTo(pause.step + 1)}>
          Continue
        </button>
      </StepActions>
    </>
  );
}
