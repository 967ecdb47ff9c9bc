import { createRequire } from 'node:module';
import { ESLint } from 'eslint';
import { cruise } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('architecture lint rules', () => {
  it('dependency-cruiser fails each deliberate layering violation and lets the platform use Electron', async () => {
    const config = require('../../../.dependency-cruiser.cjs');
    const result = await cruise(['tests/fixtures/layering'], { ruleSet: config, ...config.options, validate: true });
    const output = typeof result.output === 'string' ? JSON.parse(result.output) : result.output;
    const violations = output.summary.violations.map(
      (violation: { rule: { name: string }; from: string }) => `${violation.rule.name} ${violation.from}`,
    );
    expect(violations.sort()).toEqual([
      'only-platform-touches-electron tests/fixtures/layering/electron/core/usesElectron.ts',
      'renderer-is-browser-only tests/fixtures/layering/renderer/readsCore.ts',
      'shared-is-pure tests/fixtures/layering/shared/readsFiles.ts',
      'shared-is-pure tests/fixtures/layering/shared/usesReact.ts',
      'shared-no-node-builtins tests/fixtures/layering/shared/readsFiles.ts',
    ]);
  }, 30_000);

  it('ESLint forbids raw ipcRenderer and ipcMain outside the bridge and router files', async () => {
    const eslint = new ESLint();
    const rawIpc = "import { ipcRenderer } from 'electron';\nexport const send = () => ipcRenderer.invoke('x');\n";
    const [elsewhere] = await eslint.lintText(rawIpc, { filePath: 'electron/platform/tray.ts' });
    expect(elsewhere!.messages.map((message) => message.ruleId)).toContain('no-restricted-imports');

    const [inPreload] = await eslint.lintText(rawIpc, { filePath: 'electron/preload.ts' });
    expect(inPreload!.messages.map((message) => message.ruleId)).not.toContain('no-restricted-imports');
  }, 30_000);

  it('ESLint forbids raw HTML in the renderer and focused tests', async () => {
    const eslint = new ESLint();
    const [html] = await eslint.lintText('export const Entry = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;\n', {
      filePath: 'renderer/journal/Entry.tsx',
    });
    expect(html!.messages.map((message) => message.ruleId)).toContain('no-restricted-syntax');
    const [focused] = await eslint.lintText("import { it } from 'vitest';\nit.only('x', () => {});\n", {
      filePath: 'tests/unit/example.test.ts',
    });
    expect(focused!.messages.map((message) => message.ruleId)).toContain('no-restricted-properties');
  }, 30_000);
});
