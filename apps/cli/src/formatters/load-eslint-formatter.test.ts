import { describe, expect, it } from 'vitest';
import { eslintFormatterPackageName } from './load-eslint-formatter.js';

describe('eslintFormatterPackageName', () => {
  it('names packages as ESLint does', () => {
    expect(eslintFormatterPackageName('compact')).toBe('eslint-formatter-compact');
    expect(eslintFormatterPackageName('eslint-formatter-compact')).toBe('eslint-formatter-compact');
    expect(eslintFormatterPackageName('@acme')).toBe('@acme/eslint-formatter');
    expect(eslintFormatterPackageName('@acme/eslint-formatter')).toBe('@acme/eslint-formatter');
    expect(eslintFormatterPackageName('@acme/report')).toBe('@acme/eslint-formatter-report');
    expect(eslintFormatterPackageName('@microsoft/eslint-formatter-sarif')).toBe('@microsoft/eslint-formatter-sarif');
  });
});
