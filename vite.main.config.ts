import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

/**
 * The main process: one CommonJS file, dependencies bundled, Electron and Node left external.
 * node-notifier stays external too: it spawns helper binaries from its own vendor/ folder,
 * found relative to its files, so it ships as a real dependency (unpacked from the asar).
 */
export default defineConfig({
  build: {
    ssr: 'electron/main.ts',
    outDir: 'out/main',
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    rollupOptions: {
      external: ['electron', 'node-notifier', ...nodeBuiltins],
      output: { format: 'cjs', entryFileNames: 'main.cjs' },
    },
  },
  ssr: { noExternal: true },
});
