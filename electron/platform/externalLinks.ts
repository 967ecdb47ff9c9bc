import { shell } from 'electron';
import { isSafeExternalUrl } from '../../shared/security/externalUrl';
import { consoleLogger, type Logger } from '../core/logger';

/**
 * The one door out of the app. `shell.openExternal` hands a URL to the OS,
 * which will happily run `file:` paths or custom-scheme handlers, so only
 * plain https links pass; everything else is refused and logged.
 */
export async function openExternalSafely(url: string, log: Logger = consoleLogger): Promise<boolean> {
  if (!isSafeExternalUrl(url)) {
    log.warn('refused to open a link that is not https', { url });
    return false;
  }
  try {
    // The parsed form, so the OS sees exactly the URL that was checked.
    await shell.openExternal(new URL(url).href);
    return true;
  } catch (error) {
    log.error('the system could not open a link', { url, error });
    return false;
  }
}
