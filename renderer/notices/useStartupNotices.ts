import { useEffect, useState } from 'react';
import type { StoreNotice } from '../../shared/store/storeNotice';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';

export interface StartupNoticesState {
  notices: readonly StoreNotice[];
  /** Set when the startup report itself could not be read. */
  problem: string | null;
  dismiss(index: number): void;
}

/** What the store had to do on the person's behalf while starting, asked for once. */
export function useStartupNotices(): StartupNoticesState {
  const [notices, setNotices] = useState<readonly StoreNotice[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void presence()
      .getStartupReport()
      .then((result) => {
        if (!current) return;
        if (result.ok) setNotices(result.value.notices);
        else setProblem(describeFailure(result.error));
      });
    return () => {
      current = false;
    };
  }, []);

  function dismiss(index: number): void {
    setNotices((previous) => previous.filter((_, position) => position !== index));
  }

  return { notices, problem, dismiss };
}
