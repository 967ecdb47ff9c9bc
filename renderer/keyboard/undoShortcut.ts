import { onMac } from './platformKeys';

/** How the undo shortcut is written for this keyboard. */
export const undoShortcutLabel = onMac ? '⌘Z' : 'Ctrl+Z';

/** For `aria-keyshortcuts`. */
export const undoShortcutAria = onMac ? 'Meta+Z' : 'Control+Z';

export function isUndoShortcut(event: KeyboardEvent): boolean {
  return (
    event.key.toLowerCase() === 'z' && (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && !event.isComposing
  );
}

const typedInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'time', 'date']);

/**
 * In a field with text, Ctrl/Cmd+Z belongs to the field: it undoes typing. An
 * empty field has nothing of its own worth undoing (focus lands on the empty
 * writing field after the last entry is deleted), so there the shortcut is free.
 */
export function isUndoingTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const typedInto = target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && typedInputTypes.has(target.type));
  if (typedInto) return (target as HTMLInputElement | HTMLTextAreaElement).value.length > 0;
  return target.isContentEditable;
}
