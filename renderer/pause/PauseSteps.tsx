import type { PausePlan } from '../../shared/pause/pauseTypes';
import { WindowHeading } from '../window/WindowHeading';
import { BreathStep } from './BreathStep';
import { FeelingStep } from './FeelingStep';
import { ReflectStep } from './ReflectStep';
import { ShiftStep } from './ShiftStep';
import { stepCount, type QuickPause } from './useQuickPause';

const stepHeadings = ['Breathe', 'What am I feeling?', 'Reflect', 'One small shift'] as const;

interface PauseStepsProps {
  plan: PausePlan;
  pause: QuickPause;
  onClose(): void;
}

/** The four steps of a pause, one at a time; each starts with its heading focused. */
export function PauseSteps({ plan, pause, onClose }: PauseStepsProps) {
  const { step } = pause;
  return (
    <section key={step} className="pause-step" aria-labelledby="surface-heading">
      <WindowHeading count={`Step ${step + 1} of ${stepCount}`}>{stepHeadings[step]}</WindowHeading>
      {step === 0 && <BreathStep breath={plan.breath} onContinue={() => pause.goTo(1)} onDone={pause.breathDone} />}
      {step === 1 && <FeelingStep pause={pause} />}
      {step === 2 && <ReflectStep pause={pause} prompt={plan.prompt} />}
      {step === 3 && <ShiftStep pause={pause} onClose={onClose} />}
    </section>
  );
}
