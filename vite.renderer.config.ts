import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicyForMeta } from './shared/security/contentSecurityPolicy';

/**
 * The same policy the app:// protocol sends as a header, also as a meta tag,
 * so the built page is locked down however it is served (tests use http).
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'presence-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicyForMeta },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome140',
    // Inline assets would need a data: script-src; keep everything as files.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
