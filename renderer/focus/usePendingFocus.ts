import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Moves focus to an element by id once the next render has committed, so the
 * target can be something that is only about to appear (a new entry, a button
 * that replaces the editor).
 */
export function usePendingFocus(): (elementId: string, fallbackId?: string) => void {
  const target = useRef<{ elementId: string; fallbackId?: string } | null>(null);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    const wanted = target.current;
    if (wanted === null) return;
    target.current = null;
    const element = document.getElementById(wanted.elementId) ?? (wanted.fallbackId ? document.getElementById(wanted.fallbackId) : null);
    element?.focus();
  }, [request]);

  /** `fallbackId` is for a target that may not appear, e.g. an entry older than the ones loaded. */
  return useCallback((elementId: string, fallbackId?: string) => {
    target.current = { elementId, fallbackId };
    setRequest((count) => count + 1);
  }, []);
}
