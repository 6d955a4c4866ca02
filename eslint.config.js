import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
      // Type-aware rules everywhere, from the one program `pnpm typecheck` builds (every package, `@specloom/*` read
      // from sources): one program instead of one per package, and no build needed first.
      parserOptions: {
        project: ['./tsconfig.typecheck.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The CLI, the engine and the tests are async end to end: a promise nobody awaits loses its error and the
      // exit code (or the test's failure).
      '@typescript-eslint/no-floating-promises': 'error',
      // Off: an async function without `await` still turns a throw into a rejection, which the RuleTester hosts and
      // loaders implementing a Promise-returning interface rely on.
      '@typescript-eslint/require-await': 'off',
      // Off: vfile-location's `toOffset` and specloom's `context.report`/`readText` are closures typed as methods; the
      // codebase passes no class methods around, so each finding was noise.
      '@typescript-eslint/unbound-method': 'off',
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
    // Tests read the CLI's JSON, SARIF and XML output as untyped data and check its shape with expect(): the
    // assertion is the type check there.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, this config) has no types to check against.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
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
