import { describe, expect, it } from 'vitest';
import type { LintResult } from '@specloom/core';
import { formatJson } from './json.js';

const fixedRfc: LintResult = {
  filePath: 'docs/rfc/0007-billing-webhooks.md',
  template: 'rfc',
  messages: [
    {
      ruleId: 'placeholder',
      severity: 1,
      message: 'Unexpected placeholder `[Your Name]`, expected a real value',
      line: 4,
      column: 13,
      endLine: 4,
      endColumn: 24,
      fix: { range: [62, 73], text: '' },
      url: 'https://specloom.dev/rules/placeholder.md',
      messageId: 'placeholder',
      fatal: false,
    },
  ],
  errorCount: 0,
  warningCount: 1,
  fixableErrorCount: 0,
  fixableWarningCount: 1,
  output: '# SPEC 0007: Billing webhooks\n',
};

const skippedNotes: LintResult = {
  filePath: '/work/project/docs/notes.md',
  template: null,
  messages: [],
  errorCount: 0,
  warningCount: 0,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
  note: 'No specloom template matched this file; skipped.',
};

describe('formatJson', () => {
  it('prints exactly the output contract: host-only fields stripped, the fixed text as `output`, paths absolute', () => {
    const parsed = JSON.parse(formatJson([fixedRfc, skippedNotes], { cwd: '/work/project' }));
    expect(parsed).toEqual([
      {
        filePath: '/work/project/docs/rfc/0007-billing-webhooks.md',
        template: 'rfc',
        messages: [
          {
            ruleId: 'placeholder',
            severity: 1,
            message: 'Unexpected placeholder `[Your Name]`, expected a real value',
            line: 4,
            column: 13,
            endLine: 4,
            endColumn: 24,
            messageId: 'placeholder',
            fix: { range: [62, 73], text: '' },
          },
        ],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 1,
        fixableErrorCount: 0,
        fixableWarningCount: 1,
        output: '# SPEC 0007: Billing webhooks\n',
      },
      {
        filePath: '/work/project/docs/notes.md',
        template: null,
        messages: [],
        suppressedMessages: [],
        errorCount: 0,
        fatalErrorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
    // toEqual ignores undefined keys; the key sets themselves must match the contract.
    expect(Object.keys(parsed[0])).toEqual([
      'filePath',
      'template',
      'messages',
      'suppressedMessages',
      'errorCount',
      'fatalErrorCount',
      'warningCount',
      'fixableErrorCount',
      'fixableWarningCount',
      'output',
    ]);
    expect(Object.keys(parsed[0].messages[0])).toEqual([
      'ruleId',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'messageId',
      'fix',
    ]);
  });

  it('marks problems that stopped a file from being linted as ESLint does: `fatal` and `fatalErrorCount`', () => {
    const unreadable: LintResult = {
      ...skippedNotes,
      messages: [
        { ruleId: null, severity: 2, message: 'Cannot read the file: it is binary', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true },
      ],
      errorCount: 1,
    };
    const [result] = JSON.parse(formatJson([unreadable], { cwd: '/work/project' }));
    expect(result.fatalErrorCount).toBe(1);
    expect(result.messages[0]).toEqual({ ...unreadable.messages[0] });
    expect('messageId' in result.messages[0]).toBe(false);
  });

  it('omits `fix` when a message has none and prints an empty array for no files', () => {
    const withoutFix: LintResult = { ...fixedRfc, messages: [{ ...fixedRfc.messages[0]!, fix: undefined }] };
    const [result] = JSON.parse(formatJson([withoutFix], { cwd: '/work/project' }));
    expect('fix' in result.messages[0]).toBe(false);
    expect(formatJson([])).toBe('[]');
  });

  it('lists suggestions as ESLint does, apart from the fix', () => {
    const suggestion = { desc: 'Rename `auther` to `author`', fix: { range: [20, 26] as [number, number], text: 'author' } };
    const suggested: LintResult = { ...fixedRfc, messages: [{ ...fixedRfc.messages[0]!, fix: undefined, suggestions: [suggestion] }] };
    const [result] = JSON.parse(formatJson([suggested], { cwd: '/work/project' }));
    expect(result.messages[0].suggestions).toEqual([suggestion]);
    expect('fix' in result.messages[0]).toBe(false);
  });
});
