import { useEffect, useRef, useState } from 'react';
import type { PausePlan } from '../../shared/pause/pauseTypes';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';

export type PlanState =
  | { phase: 'loading' }
  | { phase: 'ready'; plan: PausePlan }
  | { phase: 'failed'; problem: string };

/** Asks the backend for this pause's prompt, shift and breath, once per window. */
export function usePausePlan(): PlanState {
  const [state, setState] = useState<PlanState>({ phase: 'loading' });
  const asked = useRef(false);

  useEffect(() => {
    // Beginning a pause answers a waiting invitation, so it must happen exactly once.
    if (asked.current) return;
    asked.current = true;
    void presence()
      .beginPause()
      .then((result) => {
        setState(result.ok ? { phase: 'ready', plan: result.value } : { phase: 'failed', problem: describeFailure(result.error) });
      });
  }, []);

  return state;
}
