import type { PausePlan } from '../../shared/pause/pauseTypes';
import { ProblemMessage } from '../feedback/ProblemMessage';
import { closeWindow } from '../window/closeWindow';
import { useCloseOnEscape } from '../window/useCloseOnEscape';
import { WindowDone } from '../window/WindowDone';
import { WindowHeading } from '../window/WindowHeading';
import { PauseSteps } from './PauseSteps';
import { usePausePlan } from './usePausePlan';
import { useQuickPause } from './useQuickPause';

/** Quick Pause: breathe, check in, reflect, take one small shift. Esc closes from anywhere. */
export function QuickPauseSurface() {
  const state = usePausePlan();
  if (state.phase === 'ready') return <QuickPause plan={state.plan} />;
  return <PauseNotReady problem={state.phase === 'failed' ? state.problem : null} />;
}

function PauseNotReady({ problem }: { problem: string | null }) {
  useCloseOnEscape(closeWindow, false);
  if (problem === null) return <p className="quiet-text">Getting ready…</p>;
  return (
    <div className="quick-pause">
      <WindowHeading>Quick pause</WindowHeading>
      <ProblemMessage id="pause-plan-problem" problem={problem} />
      <button type="button" className="button" onClick={closeWindow}>
        Close
      </button>
    </div>
  );
}

function QuickPause({ plan }: { plan: PausePlan }) {
  const pause = useQuickPause(plan);
  const hasUnsavedWords = pause.ending === null && pause.reflection.trim().length > 0;

  async function leave(): Promise<void> {
    await pause.leave();
    closeWindow();
  }

  const escapeWarning = useCloseOnEscape(() => void leave(), hasUnsavedWords);

  if (pause.ending === 'saved') {
    return (
      <WindowDone heading="Saved to your journal" withJournalLink>
        Your pause is in the journal, to come back to whenever you like.
      </WindowDone>
    );
  }
  if (pause.ending === 'closed') {
    return <WindowDone heading="Until next time">Come back whenever you like.</WindowDone>;
  }
  return (
    <div className="quick-pause">
      <PauseSteps plan={plan} pause={pause} onClose={() => void leave()} />
      <p role="status" className="escape-warning">
        {escapeWarning}
      </p>
    </div>
  );
}
