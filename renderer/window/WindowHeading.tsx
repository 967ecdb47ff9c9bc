import { useEffect, useRef, type ReactNode } from 'react';
import { surfaceHeadingId } from '../focus/surfaceHeading';

interface WindowHeadingProps {
  /** "Step 2 of 4", or nothing for a heading that is not a step. */
  count?: string;
  children: ReactNode;
}

/** The heading of what a small window shows now; it takes focus when it appears, so each step starts at its top. */
export function WindowHeading({ count, children }: WindowHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <h1 id={surfaceHeadingId} ref={heading} tabIndex={-1} className="step-heading">
      {count !== undefined && (
        <span className="step-count">
          {count}
          <span className="visually-hidden">: </span>
        </span>
      )}
      {children}
    </h1>
  );
}
