import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'VariableDeclarator > Identifier[name=/^(opts|cfg|ctx|msg|err)$/]',
          message: 'Use full names (options, config, context, message, error).',
        },
      ],
      eqeqeq: ['error', 'smart'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // `../../rfc/src/index.js`, `../../../packages/core/src/…`: climbing out of one package into another's
              // sources skips its public entry point and its package.json dependency.
              regex: '^(\\.\\./)+((packages|plugins|apps)/)?[^./][^/]*/src(/|$)',
              message:
                "Import another package by its name (`@specloom/plugin-rfc`), not its src by relative path: unit tests resolve the name to its sources (the '@specloom/source' export condition).",
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI is async end to end: a promise nobody awaits loses its error and the exit code. Type-aware, so
    // only here for now (the project service builds a TypeScript program for these files).
    files: ['apps/cli/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { '@typescript-eslint/no-floating-promises': 'error' },
  },
  {
    files: ['**/index.ts'],
    ignores: ['**/test/**'],
    rules: {
      // index.ts only re-exports: the work lives in files named for what they do.
      'no-restricted-syntax': [
        'error',
        { selector: 'Program > :not(ExportNamedDeclaration, ExportAllDeclaration, ImportDeclaration)', message: 'index.ts only re-exports.' },
      ],
    },
  },
);
