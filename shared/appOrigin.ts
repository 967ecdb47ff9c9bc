/** The renderer is served from this origin in the desktop app; IPC trusts only it. */
export const appScheme = 'app';
export const appHost = 'presence';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * `new URL('app://presence/x').origin` is "null" for non-special schemes, so
 * origins are compared as protocol + host instead.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
