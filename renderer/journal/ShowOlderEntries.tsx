import { useState } from 'react';
import { ProblemMessage } from '../feedback/ProblemMessage';

interface ShowOlderEntriesProps {
  /** Resolves to a problem to show, or null once the next page is in. */
  onLoadOlder(): Promise<string | null>;
}

export function ShowOlderEntries({ onLoadOlder }: ShowOlderEntriesProps) {
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function loadOlder(): Promise<void> {
    if (loading) return;
    setLoading(true);
    const outcome = await onLoadOlder();
    setLoading(false);
    setProblem(outcome);
  }

  return (
    <div className="show-older">
      <button type="button" className="button" aria-disabled={loading} onClick={loadOlder}>
        {loading ? 'Loading…' : 'Show older entries'}
      </button>
      <ProblemMessage id="show-older-problem" problem={problem} />
    </div>
  );
}
