import { maxAnswerLength } from '../../shared/journal/entry';
import type { PausePlan } from '../../shared/pause/pauseTypes';
import { StepActions } from './StepActions';
import type { QuickPause } from './useQuickPause';

const promptId = 'pause-prompt';
const reflectionId = 'pause-reflection';

/** Step 3: the plan's prompt, and room for a few words about it. */
export function ReflectStep({ pause, prompt }: { pause: QuickPause; prompt: PausePlan['prompt'] }) {
  return (
    <>
      <p id={promptId} className="pause-prompt">
        {prompt.text}
      </p>
      <label htmlFor={reflectionId}>
        A few words, if you like <span className="optional">(optional)</span>
      </label>
      <textarea
        id={reflectionId}
        className="pause-reflection"
        value={pause.reflection}
        maxLength={maxAnswerLength}
        aria-describedby={promptId}
        onChange={(event) => pause.setReflection(event.target.value)}
      />
      <StepActions onBack={() => pause.goTo(pause.step - 1)}>
        <button type="button" className="button primary" onClick={() => pause.goTo(pause.step + 1)}>
          Continue
        </button>
      </StepActions>
    </>
  );
}
