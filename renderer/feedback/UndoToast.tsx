import { useEffect, useEffectEvent, useId, useState, type FocusEvent } from 'react';
import { isUndoingTyping, isUndoShortcut, undoShortcutAria, undoShortcutLabel } from '../keyboard/undoShortcut';

/** Long enough to read and reach with the keyboard; the Trash keeps the same choice open for much longer. */
export const toastVisibleMs = 8_000;

export interface UndoableChange {
  /** New for every change, so each toast gets its full time and is announced afresh. */
  key: string;
  message: string;
}

interface UndoToastProps {
  change: UndoableChange | null;
  /** Resolves to a problem to show, or null once undone (the parent then clears `change`). */
  onUndo(): Promise<string | null>;
  /** Time is up: the parent clears `change`. */
  onExpire(): void;
}

/**
 * "Moved to the trash. Undo" at the bottom of the window. The live region is
 * always in the page so each new message is announced; the toast itself never
 * takes focus. Ctrl/Cmd+Z undoes while it is shown.
 */
export function UndoToast({ change, onUndo, onExpire }: UndoToastProps) {
  return (
    <div role="status" aria-live="polite" className="toast-region">
      {change && <ToastCard key={change.key} message={change.message} onUndo={onUndo} onExpire={onExpire} />}
    </div>
  );
}

interface ToastCardProps {
  message: string;
  onUndo(): Promise<string | null>;
  onExpire(): void;
}

function ToastCard({ message, onUndo, onExpire }: ToastCardProps) {
  const messageId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Nobody is rushed: the time stops while the pointer or focus is on the toast, and starts afresh after.
  const held = hovered || focused || undoing;

  const expire = useEffectEvent(onExpire);
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => expire(), toastVisibleMs);
    return () => window.clearTimeout(timer);
  }, [held]);

  async function undo(): Promise<void> {
    if (undoing) return;
    setUndoing(true);
    const outcome = await onUndo();
    // On success the parent removes this toast; on failure it stays, saying why.
    setUndoing(false);
    setProblem(outcome);
  }

  const undoFromAnywhere = useEffectEvent((event: KeyboardEvent) => {
    if (!isUndoShortcut(event) || isUndoingTyping(event.target)) return;
    event.preventDefault();
    void undo();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => undoFromAnywhere(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  function leaveFocus(event: FocusEvent<HTMLDivElement>): void {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  }

  return (
    <div
      className="toast"
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={leaveFocus}
    >
      <p id={messageId} className="toast-message">
        {problem ?? message}
      </p>
      <button
        type="button"
        className="button toast-action"
        aria-describedby={messageId}
        aria-keyshortcuts={undoShortcutAria}
        aria-disabled={undoing}
        onClick={undo}
      >
        {undoing ? 'Undoing…' : 'Undo'}
      </button>
      <kbd className="toast-shortcut" aria-hidden="true">
        {undoShortcutLabel}
      </kbd>
    </div>
  );
}
