import { useState } from 'react';
import { useEscapeKey } from './useEscapeKey';

export const unsavedWarning = 'Your words aren’t saved yet. Press Esc again to close without them.';

/**
 * Esc closes the window. When the person has written something that is not
 * saved, the first Esc only says so and the second one closes, so a stray key
 * never throws their words away.
 */
export function useCloseOnEscape(close: () => void, hasUnsavedWords: boolean): string | null {
  const [warned, setWarned] = useState(false);

  useEscapeKey(() => {
    if (hasUnsavedWords && !warned) {
      setWarned(true);
      return;
    }
    close();
  });

  return warned && hasUnsavedWords ? unsavedWarning : null;
}
