import type { KeyboardEvent } from 'react';
import { onMac } from '../keyboard/platformKeys';

/** How the save shortcut is written for this keyboard. */
export const saveShortcutLabel = onMac ? '⌘ Return' : 'Ctrl+Enter';

/** For `aria-keyshortcuts`. */
export const saveShortcutAria = onMac ? 'Meta+Enter' : 'Control+Enter';

export function isSaveShortcut(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing;
}

export function isCancelKey(event: KeyboardEvent): boolean {
  return event.key === 'Escape' && !event.nativeEvent.isComposing;
}
