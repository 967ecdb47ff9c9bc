import { useId } from 'react';
import { ProblemMessage } from '../feedback/ProblemMessage';
import '../styles/transfer.css';
import { useJournalTransfer, type TransferAction } from './useJournalTransfer';

const actions: ReadonlyArray<{ action: TransferAction; label: string; hint: string }> = [
  {
    action: 'markdown',
    label: 'Export as Markdown',
    hint: 'One file per entry, its details at the top, in a folder per month: for reading in other apps. Entries in the trash are left out.',
  },
  {
    action: 'json',
    label: 'Export as JSON',
    hint: 'Everything exactly as stored, the trash included: lossless, for backups and for moving to another computer.',
  },
  {
    action: 'import',
    label: 'Import from JSON',
    hint: 'Brings in a Presence JSON export. Nothing already here is duplicated, and newer words here are never replaced by older ones.',
  },
];

/** Settings › Your data: take the journal out (Markdown, JSON) and bring a JSON export back in. */
export function DataSection() {
  const transfer = useJournalTransfer();
  const baseId = useId();
  const problemId = `${baseId}-problem`;

  function start(action: TransferAction): void {
    void (action === 'import' ? transfer.importJson() : transfer.exportAs(action));
  }

  return (
    <section className="card data-section" aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="section-heading">
        Your data
      </h2>
      <p className="quiet-text">Your journal is kept on this computer only. Take a copy with you, or bring one in.</p>
      <ul className="data-actions">
        {actions.map(({ action, label, hint }) => (
          <li key={action} className="data-action">
            <button
              type="button"
              className="button"
              // aria-disabled, not disabled: the button keeps focus while the system dialog is open.
              aria-disabled={transfer.busy !== null}
              aria-describedby={`${baseId}-${action}-hint`}
              onClick={() => start(action)}
            >
              {label}
            </button>
            <p id={`${baseId}-${action}-hint`} className="hint">
              {hint}
            </p>
          </li>
        ))}
      </ul>
      <p role="status" className="data-status">
        {transfer.message ?? ''}
      </p>
      <ProblemMessage id={problemId} problem={transfer.problem} />
    </section>
  );
}
