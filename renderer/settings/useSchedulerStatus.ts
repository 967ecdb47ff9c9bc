import { useCallback, useEffect, useState } from 'react';
import type { IpcResponse } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { SnoozeOption } from '../../shared/scheduler/schedulerTypes';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';

type SchedulerView = IpcResponse<'getSchedulerStatus'>;

/** The scheduler's state in words, refreshed when the window comes back into view, and snooze/resume. */
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
    window.addEventListener('focus', refresh);
    return () => window.removeEventListener('focus', refresh);
  }, [refresh]);

  return {
    view,
    problem,
    refresh,
    snooze: async (option: SnoozeOption) => take(await presence().snooze({ option })),
    resume: async () => take(await presence().resume()),
  };
}
