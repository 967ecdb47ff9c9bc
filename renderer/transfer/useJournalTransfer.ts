import { useRef, useState } from 'react';
import type { ExportFormat } from '../../shared/journal/journalTransfer';
import type { Result } from '../../shared/ipc/result';
import { describeFailure } from '../ipc/describeFailure';
import { presence } from '../presenceApi';
import { exportMessage, importMessage } from './transferMessages';

export type TransferAction = ExportFormat | 'import';

/** Export and import from Settings: one at a time, each ending in a message or a problem. */
export function useJournalTransfer() {
  const [busy, setBusy] = useState<TransferAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A ref as well as state: a second click can land before React re-renders with `busy`.
  const running = useRef(false);

  async function run<T>(action: TransferAction, call: () => Promise<Result<T>>, describe: (value: T) => string | null): Promise<void> {
    if (running.current) return;
    running.current = true;
    setBusy(action);
    setMessage(null);
    setProblem(null);
    try {
      const result = await call();
      if (result.ok) setMessage(describe(result.value));
      else setProblem(describeFailure(result.error));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }

  // A cancelled dialog is the person's own choice: nothing to report.
  const exportAs = (format: ExportFormat) =>
    run(format, () => presence().exportJournal({ format }), (outcome) => (outcome.cancelled ? null : exportMessage(format, outcome)));
  const importJson = () => run('import', () => presence().importJournal(), (outcome) => (outcome.cancelled ? null : importMessage(outcome)));

  return { busy, message, problem, exportAs, importJson };
}
