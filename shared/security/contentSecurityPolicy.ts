/**
 * One policy for every window. Nothing remote is allowed: Presence never
 * talks to the network, so the page cannot either.
 */
const directives = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
];

/** Sent as a response header by the app:// protocol (and the test server). */
export const contentSecurityPolicy = directives.join('; ');

/**
 * The same policy for a <meta> tag. Browsers ignore frame-ancestors there (and
 * log an error saying so), so it is left to the header.
 */
export const contentSecurityPolicyForMeta = directives
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');
