import { fileURLToPath } from 'node:url';

/** Where `vite build -c vite.renderer.config.ts` puts the renderer; the tests serve it from here. */
export const rendererBuildDir = fileURLToPath(new URL('../../../out/renderer/', import.meta.url));
