// The layering of DESIGN.md §2, enforced: shared/ is pure, electron/core is Node-only,
// only electron/platform (plus main.ts and preload.ts) touches Electron, renderer/ is browser-only.
// Paths may sit under tests/fixtures/layering/, where deliberate violations prove the rules bite.
const root = '^(tests/fixtures/layering/)?';

module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ runs in every process: no Node, no DOM libraries, no Electron, no React, no app code.',
      severity: 'error',
      from: { path: `${root}shared/` },
      to: {
        pathNot: [`${root}shared/`, '^node_modules/zod/'],
      },
    },
    {
      name: 'shared-no-node-builtins',
      severity: 'error',
      from: { path: `${root}shared/` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-platform-touches-electron',
      comment: 'Electron is imported only by electron/platform, electron/main.ts and electron/preload.ts.',
      severity: 'error',
      from: { pathNot: `${root}electron/(platform/|main\\.ts$|preload\\.ts$)` },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'core-stays-below-platform',
      comment: 'electron/core is Node-only and must not reach up into platform, main, preload or the renderer.',
      severity: 'error',
      from: { path: `${root}electron/core/` },
      to: { path: [`${root}electron/(platform/|main\\.ts$|preload\\.ts$)`, `${root}renderer/`] },
    },
    {
      name: 'renderer-is-browser-only',
      comment: 'The renderer talks to the rest only through window.presence.',
      severity: 'error',
      from: { path: `${root}renderer/` },
      to: { path: [`${root}electron/`, '^node_modules/electron/'] },
    },
    {
      name: 'renderer-no-node-builtins',
      severity: 'error',
      from: { path: `${root}renderer/` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'preload-only-bridge',
      comment: 'The sandboxed preload may use only Electron and shared/ (it is bundled alone).',
      severity: 'error',
      from: { path: `${root}electron/preload\\.ts$` },
      to: { pathNot: [`${root}shared/`, '^node_modules/electron/', '^node_modules/zod/'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
    },
  },
};
