// Builds the three runtimes of Presence: renderer, main process and preload.
// `--watch` rebuilds on change (npm run dev); Electron is launched separately.
import { build } from 'vite';

const watch = process.argv.includes('--watch');
const configs = ['vite.renderer.config.ts', 'vite.main.config.ts', 'vite.preload.config.ts'];

for (const configFile of configs) {
  await build({ configFile, logLevel: 'warn', build: watch ? { watch: {} } : {} });
  console.log(`built ${configFile.replace(/^vite\.|\.config\.ts$/g, '')}`);
}
