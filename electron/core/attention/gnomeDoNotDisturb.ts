import { execFileText, type ExecFile } from './execFileText';

/**
 * GNOME's do-not-disturb switch: Settings › Notifications turns off
 * org.gnome.desktop.notifications show-banners. Read once per decision, never
 * polled. Null when it cannot tell: not GNOME (the key may exist but nothing
 * honours it), gsettings or the schema missing, or no answer within the timeout.
 */
export function readGnomeDoNotDisturb(
  desktop: string | undefined = process.env.XDG_CURRENT_DESKTOP,
  run: ExecFile = execFileText,
  timeoutMs = 1500,
): Promise<boolean | null> {
  if (!/gnome/i.test(desktop ?? '')) return Promise.resolve(null);
  return new Promise((resolve) => {
    try {
      run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners'], { timeout: timeoutMs }, (error, stdout) => {
        if (error) return resolve(null);
        const value = stdout.trim();
        resolve(value === 'false' ? true : value === 'true' ? false : null);
      });
    } catch {
      resolve(null);
    }
  });
}
