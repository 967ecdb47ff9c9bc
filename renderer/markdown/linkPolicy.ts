/**
 * Which links in an entry stay links: https only, the one scheme the main process
 * will hand to the browser (openExternalSafely). A link that looked clickable and
 * did nothing would only puzzle, so every other scheme (mailto:, javascript:, data:,
 * file:, vbscript:, app:, http:) and every relative or malformed address is shown
 * as plain text instead.
 */
const linkProtocols: ReadonlySet<string> = new Set(['https:']);

/** The address to link to, or null when the link must stay plain text. */
export function safeLinkHref(url: string): string | null {
  let parsed: URL;
  try {
    // No base: a relative address does not parse, so it can never resolve against app://.
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!linkProtocols.has(parsed.protocol)) return null;
  // https://bank.example@elsewhere.example only pretends to go to the bank.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/**
 * For react-markdown's `urlTransform`: links keep a safe address or lose it, and no
 * other URL attribute (an image's src above all) survives, so nothing is ever fetched.
 */
export function entryUrlTransform(url: string, key: string): string | null {
  return key === 'href' ? safeLinkHref(url) : null;
}
