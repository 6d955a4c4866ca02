import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@specloom/core';
import { formatStylish } from './stylish.js';

// What the engine reports for an RFC with a bad status, a placeholder author and a broken front matter file.
const rfcResult: LintResult = {
  filePath: '/work/project/docs/rfc/0007-billing-webhooks.md',
  template: 'rfc',
  messages: [
    {
      ruleId: 'metadata-enum',
      severity: 2,
      message: 'Unexpected status `done`, expected one of `draft`, `review`, `approved`, `deprecated`.',
      line: 3,
      column: 13,
      endLine: 3,
      endColumn: 17,
      url: 'https://specloom.dev/rules/metadata-enum.md',
    },
    {
      ruleId: 'placeholder',
      severity: 1,
      message: 'Unexpected placeholder `[Your Name]`, expected a real value',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 12,
      fix: { range: [210, 221], text: '' },
    },
  ],
  errorCount: 1,
  warningCount: 1,
  fixableErrorCount: 0,
  fixableWarningCount: 1,
};

const brokenResult: LintResult = {
  filePath: '/work/project/docs/design/broken.md',
  template: null,
  messages: [
    {
      ruleId: null,
      severity: 2,
      message: 'Unexpected YAML front matter that does not parse, expected a mapping',
      line: 2,
      column: 7,
      endLine: 2,
      endColumn: 8,
      fatal: true,
    },
  ],
  errorCount: 1,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

const cleanResult: LintResult = {
  filePath: '/work/project/docs/rfc/0001-clean.md',
  template: 'rfc',
  messages: [],
  errorCount: 0,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
};

describe('formatStylish', () => {
  it('lists each file with aligned rows and a summary, paths relative to the cwd', () => {
    const output = formatStylish([cleanResult, rfcResult, brokenResult], { cwd: '/work/project', color: false });
    expect(output).toBe(
      [
        '',
        'docs/rfc/0007-billing-webhooks.md',
        '   3:13  error    Unexpected status `done`, expected one of `draft`, `review`, `approved`, `deprecated`  metadata-enum',
        '  12:1   warning  Unexpected placeholder `[Your Name]`, expected a real value                            placeholder',
        '',
        'docs/design/broken.md',
        '  2:7  error  Unexpected YAML front matter that does not parse, expected a mapping',
        '',
        '\u2716 3 problems (2 errors, 1 warning)',
        '  0 errors and 1 warning potentially fixable with the --fix option.',
        '',
      ].join('\n'),
    );
  });

  it('prints nothing when no file has a problem', () => {
    expect(formatStylish([cleanResult], { cwd: '/work/project' })).toBe('');
    expect(formatStylish([], { cwd: '/work/project' })).toBe('');
  });

  it('leaves out the fixable line when nothing is fixable, and uses singulars', () => {
    const output = formatStylish([brokenResult], { cwd: '/work/project', color: false });
    expect(output.trimEnd().split('\n').at(-1)).toBe('\u2716 1 problem (1 error, 0 warnings)');
    expect(output).not.toContain('--fix');
  });

  it('underlines paths and colours severities only when asked', () => {
    const plain = formatStylish([rfcResult], { cwd: '/work/project', color: false });
    expect(plain).not.toContain('\u001b[');
    const coloured = formatStylish([rfcResult], { cwd: '/work/project', color: true });
    expect(coloured).toContain('\u001b[4mdocs/rfc/0007-billing-webhooks.md\u001b[24m');
    expect(coloured).toContain('\u001b[31merror\u001b[39m');
    expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
    // Same text once the escapes are gone: colour never changes the layout.
    expect(stripVTControlCharacters(coloured)).toBe(plain);
  });

  it('keeps paths outside the cwd readable', () => {
    const output = formatStylish([rfcResult], { cwd: '/work/project/docs/design', color: false });
    expect(output.split('\n')[1]).toBe('../rfc/0007-billing-webhooks.md');
  });
});
