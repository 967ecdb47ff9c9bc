import { useEffect } from 'react';
import { breathPatterns, breathPhaseAt } from '../../shared/content/breathPatterns';
import type { PausePlan } from '../../shared/pause/pauseTypes';
import { usePrefersReducedMotion } from '../motion/usePrefersReducedMotion';
import { BreathCircle } from './BreathCircle';
import { restScale, scaleAfterPhase } from './breathScale';
import { StepActions } from './StepActions';
import { useBreathClock } from './useBreathClock';

interface BreathStepProps {
  breath: PausePlan['breath'];
  onContinue(): void;
  /** Called once the whole breath has been taken. */
  onDone(): void;
}

function lengthInWords(seconds: number): string {
  if (seconds < 90) return seconds === 60 ? 'a minute' : `${seconds} seconds`;
  return `about ${Math.round(seconds / 60)} minutes`;
}

/** Step 1: a guided breath, drawn as a circle, or as words and a countdown when motion is reduced. */
export function BreathStep({ breath, onContinue, onDone }: BreathStepProps) {
  const pattern = breathPatterns[breath.pattern];
  const totalMs = breath.seconds * 1000;
  const elapsed = useBreathClock(totalMs);
  const reducedMotion = usePrefersReducedMotion();
  const done = elapsed >= totalMs;
  const moment = breathPhaseAt(pattern, elapsed);
  const phaseKey = `${moment.cycle}-${moment.phaseIndex}`;

  useEffect(() => {
    if (done) onDone();
  }, [done, onDone]);

  return (
    <>
      <p className="step-intro">
        {pattern.name} for {lengthInWords(breath.seconds)}. {reducedMotion ? 'Follow the words.' : 'Follow the circle.'}
      </p>
      {!reducedMotion && (
        <BreathCircle
          phaseKey={done ? 'done' : phaseKey}
          scale={done ? restScale : scaleAfterPhase(pattern, moment.phaseIndex)}
          durationMs={done ? 1500 : moment.secondsLeftInPhase * 1000}
        />
      )}
      <p className="breath-guide">
        <span aria-live="polite">{done ? 'That’s the breath. Carry on when you’re ready.' : moment.phase.label}</span>
        {reducedMotion && !done && <span aria-hidden="true"> · {Math.ceil(moment.secondsLeftInPhase)}</span>}
      </p>
      <StepActions>
        <button type="button" className={done ? 'button primary' : 'button'} onClick={onContinue}>
          {done ? 'Continue' : 'Skip'}
        </button>
      </StepActions>
    </>
  );
}
