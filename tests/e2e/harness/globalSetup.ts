import { access } from 'node:fs/promises';
import path from 'node:path';
import { rendererBuildDir } from './rendererBuild';

/** The tests run the built renderer; say plainly when there is none, instead of failing every test. */
export default async function globalSetup(): Promise<void> {
  try {
    await access(path.join(rendererBuildDir, 'index.html'));
  } catch {
    throw new Error(
      `No built renderer at ${rendererBuildDir}. Run \`npx vite build -c vite.renderer.config.ts\` (or \`npm run build\`) first.`,
    );
  }
}
