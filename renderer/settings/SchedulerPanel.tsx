import { useRef } from 'react';
import type { SnoozeOption } from '../../shared/scheduler/schedulerTypes';
import { ProblemMessage } from '../feedback/ProblemMessage';
import type { useSchedulerStatus } from './useSchedulerStatus';

const snoozeChoices: readonly { option: SnoozeOption; label: string }[] = [
  { option: '30m', label: '30 minutes' },
  { option: '1h', label: '1 hour' },
  { option: '2h', label: '2 hours' },
  { option: 'rest-of-today', label: 'Rest of today' },
];

/** Where the invitations stand right now, with Snooze and Resume. */
export function SchedulerPanel({ scheduler }: { scheduler: ReturnType<typeof useSchedulerStatus> }) {
  const firstSnooze = useRef<HTMLButtonElement>(null);
  const snoozed = scheduler.view?.status.kind === 'snoozed';

  async function resume(): Promise<void> {
    await scheduler.resume();
    // Resume goes away once invitations are back on; keep the keyboard nearby.
    firstSnooze.current?.focus();
  }

  return (
    <section className="card scheduler-panel" aria-labelledby="scheduler-heading">
      <h2 id="scheduler-heading" className="section-heading">
        Invitations
      </h2>
      <p role="status" className="scheduler-text">
        {scheduler.view?.text ?? ''}
      </p>
      <ProblemMessage id="scheduler-problem" problem={scheduler.problem} />
      <div className="scheduler-actions">
        <div role="group" aria-labelledby="snooze-label" className="button-row snooze-choices">
          <span id="snooze-label" className="snooze-label">
            Snooze
          </span>
          {snoozeChoices.map(({ option, label }, index) => (
            <button key={option} ref={index === 0 ? firstSnooze : undefined} type="button" className="button" onClick={() => void scheduler.snooze(option)}>
              {label}
            </button>
          ))}
        </div>
        {snoozed && (
          <button type="button" className="button primary" onClick={() => void resume()}>
            Resume now
          </button>
        )}
      </div>
    </section>
  );
}
