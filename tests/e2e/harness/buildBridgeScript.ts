import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const entry = fileURLToPath(new URL('./bridgeEntry.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Bundles bridgeEntry.ts (createBridge and the contract it reads) into one classic script, in memory. */
export async function buildBridgeScript(): Promise<string> {
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: false,
      target: 'chrome140',
      lib: { entry, formats: ['iife'], name: 'presenceTestBridge', fileName: () => 'bridge.js' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk' && item.isEntry);
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error('Building the test bridge produced no script.');
}
