import type { ReactNode } from 'react';
import { WindowHeading } from './WindowHeading';
import { closeWindow } from './closeWindow';
import { openJournal } from './openJournal';

interface WindowDoneProps {
  heading: string;
  children: ReactNode;
  /** Offer the way to the journal, where what was just saved now lives. */
  withJournalLink?: boolean;
}

/** The calm last screen of a small window: what happened, and the ways on. */
export function WindowDone({ heading, children, withJournalLink }: WindowDoneProps) {
  return (
    <div className="window-done">
      <WindowHeading>{heading}</WindowHeading>
      <div className="step-intro">{children}</div>
      <div className="button-row">
        {withJournalLink && (
          <button type="button" className="button" onClick={() => void openJournal()}>
            Open journal
          </button>
        )}
        <button type="button" className="button primary" onClick={closeWindow}>
          Close
        </button>
      </div>
    </div>
  );
}
