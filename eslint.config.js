import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Raw IPC is allowed in exactly two files: the preload hands ipcRenderer.invoke to
// createBridge, and ipcRouting registers the router's channels. Everything else
// goes through the typed contract.
const rawIpcFiles = ['electron/preload.ts', 'electron/platform/ipcRouting.ts'];

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'tests/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Use the typed IPC contract (createBridge / createRouter) instead of raw ipcMain or ipcRenderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: rawIpcFiles,
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'process', message: 'Nothing from process reaches the page.' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Journal text is shown as text or through the sanitising renderer, never as raw HTML.',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'Commit no focused tests.' },
        { object: 'it', property: 'only', message: 'Commit no focused tests.' },
        { object: 'test', property: 'only', message: 'Commit no focused tests.' },
      ],
    },
  },
);
