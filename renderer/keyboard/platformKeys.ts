/** Whether shortcuts use ⌘ (macOS and iPad keyboards) rather than Ctrl. */
export const onMac = /Mac|iPhone|iPad/.test(navigator.userAgent);
