import { defineConfig } from 'vite';

/**
 * A sandboxed preload can only `require('electron')`, so it is bundled into a
 * single CommonJS file with nothing else external.
 */
export default defineConfig({
  build: {
    ssr: 'electron/preload.ts',
    outDir: 'out/preload',
    emptyOutDir: true,
    target: 'chrome140',
    rollupOptions: {
      external: ['electron'],
      output: { format: 'cjs', entryFileNames: 'preload.cjs' },
    },
  },
  ssr: { noExternal: true, target: 'webworker' },
});
