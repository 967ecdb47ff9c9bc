import type { DraftSaveStatus } from '../drafts/useAutosavedDraft';

/**
 * A quiet word on whether the words being typed are kept, in a polite live region
 * that is always in the page. Says nothing until something has been typed.
 */
export function DraftStatus({ status, problem, typed }: { status: DraftSaveStatus; problem: string | null; typed: boolean }) {
  const words =
    status === 'failed' ? (problem ?? 'This draft could not be kept just now; it is still here, and Presence will try again.')
    : !typed ? ''
    : status === 'saved' ? 'Draft saved'
    : 'Saving…';
  return (
    <p role="status" aria-live="polite" className="hint draft-status">
      {words}
    </p>
  );
}
