/**
 * Closes a small window (Quick Pause, Reset). In the desktop app the window
 * goes away; in a browser tab that script did not open, nothing happens, so
 * callers show a calm "done" state as well.
 */
export function closeWindow(): void {
  window.close();
}
