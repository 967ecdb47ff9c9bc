import { useCallback, useEffect, useState } from 'react';
import type { IpcResponse } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { SnoozeOption } from '../../shared/scheduler/schedulerTypes';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';

type SchedulerView = IpcResponse<'getSchedulerStatus'>;

/** The scheduler's state in words, kept current by the main process's events, and snooze/resume. */
export function useSchedulerStatus() {
  const [view, setView] = useState<SchedulerView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const take = useCallback((result: Result<SchedulerView>) => {
    if (result.ok) setView(result.value);
    setProblem(result.ok ? null : describeFailure(result.error));
  }, []);

  const refresh = useCallback(() => void presence().getSchedulerStatus().then(take), [take]);

  useEffect(() => {
    refresh();
    // Snoozed from the tray, or the next pause moved on: the main process says so.
    const stopListening = presence().onEvent((event) => {
      if (event.type === 'scheduler-changed') setView({ status: event.status, text: event.text });
    });
    return stopListening;
  }, [refresh]);

  return {
    view,
    problem,
    refresh,
    snooze: async (option: SnoozeOption) => take(await presence().snooze({ option })),
    resume: async () => take(await presence().resume()),
  };
}
