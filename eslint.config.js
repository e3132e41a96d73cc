// Lint rules, including the layering rule of DESIGN.md:
//   renderer -> shared;  electron/main -> electron/core -> shared;  electron/cli -> electron/core -> shared
// shared/ is pure (no Node, no DOM, no Electron); core never imports 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'net',
  'http',
  'https',
  'url',
  'util',
  'stream',
  'events',
  'worker_threads',
];

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'playwright-report', 'docs', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/**/*.cjs', 'scripts/**/*.cjs', '**/test/**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      {
        group: ['electron', 'keytar', 'react', 'react-dom', ...nodeBuiltins],
        message: 'shared/ is pure TypeScript: no Node, DOM, React or Electron.',
      },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ imports neither electron/ nor renderer/.',
      },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict([
      {
        group: ['electron'],
        message: "electron/core runs under plain Node: never import 'electron'.",
      },
      {
        group: ['**/main/**', '**/cli/**', '**/preload/**', '**/renderer/**'],
        message: 'electron/core imports only shared/.',
      },
    ]),
  },
  {
    files: ['electron/cli/**/*.ts'],
    rules: restrict([
      { group: ['electron'], message: "The CLI runs under plain Node: never import 'electron'." },
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**'],
        message: 'electron/cli imports core and shared only.',
      },
    ]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([
      {
        group: ['**/cli/**', '**/renderer/**'],
        message: 'electron/main imports core, preload contract and shared only.',
      },
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      {
        group: [
          '**/core/**',
          '**/cli/**',
          '**/main/**',
          '**/renderer/**',
          'keytar',
          ...nodeBuiltins,
        ],
        message: 'preload is sandboxed: it imports electron and shared only.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        {
          group: ['electron', 'keytar', ...nodeBuiltins],
          message: 'The renderer reaches the vault only through window.keyward.',
        },
        {
          group: ['**/electron/**'],
          message: 'renderer/ never imports electron/*; use shared/ and the bridge.',
        },
      ]),
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  prettier,
);
