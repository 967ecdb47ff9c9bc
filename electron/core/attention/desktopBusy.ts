import { execFileText, type ExecFile } from './execFileText';
import { readGnomeDoNotDisturb } from './gnomeDoNotDisturb';
import { readX11FullScreen } from './x11FullScreen';

/**
 * "Do not disturb, or a full-screen app in front", from what this desktop can tell
 * without native code: true if any reading says busy, false if at least one could
 * read and none did, null if nothing could be read.
 *
 * macOS and Windows answer null: their do-not-disturb / Focus state is only reachable
 * through native add-ons (macos-notification-state, windows-notification-state,
 * windows-focus-assist) that must be compiled per Electron version and platform SDK.
 */
export async function readDesktopBusy(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  run: ExecFile = execFileText,
): Promise<boolean | null> {
  if (platform !== 'linux') return null;
  const readings = await Promise.all([readGnomeDoNotDisturb(env.XDG_CURRENT_DESKTOP, run), readX11FullScreen(env, run)]);
  if (readings.includes(true)) return true;
  return readings.includes(false) ? false : null;
}
