/**
 * A live region that is always in the page, so a problem that appears in it
 * is announced; it shows nothing while all is well.
 */
export function ProblemMessage({ id, problem }: { id: string; problem: string | null }) {
  return (
    <div role="alert" className="problem-slot">
      {problem !== null && (
        <p id={id} className="problem">
          {problem}
        </p>
      )}
    </div>
  );
}
