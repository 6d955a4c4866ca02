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
    },
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
