import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus to an element by id once the next render has committed, so the
 * target can be something that is only about to appear (a new entry, a button
 * that replaces the editor).
 */
export function usePendingFocus(): (elementId: string) => void {
  const target = useRef<string | null>(null);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    const elementId = target.current;
    if (elementId === null) return;
    target.current = null;
    document.getElementById(elementId)?.focus();
  }, [request]);

  return useCallback((elementId: string) => {
    target.current = elementId;
    setRequest((count) => count + 1);
  }, []);
}
