import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readRuleDocCases } from './rule-doc-cases.js';

const folder = mkdtempSync(path.join(tmpdir(), 'specloom-rule-doc-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Write a rule doc page and return its path. */
function doc(name: string, lines: string[]): string {
  const filePath = path.join(folder, name);
  writeFileSync(filePath, lines.join('\n'));
  return filePath;
}

const fence = (lang: string, body: string[], ticks = '```') => [`${ticks}${lang}`, ...body, ticks, ''];

const priorityDoc = doc('priority.md', [
  '# product/priority',
  '',
  'Require a Priority whose level and label agree.',
  '',
  '## Examples',
  '',
  '### Invalid',
  '',
  ...fence('markdown', ['# Specification: Grid Load Forecast', '', '> **Priority**: P1 Low']),
  ...fence('text', ['3:17 Unexpected priority "P1 Low", expected "P1 High" or "P3 Low" (level and label must agree)']),
  ...fence('markdown', ['# Specification: Kiosk Receipts', '', '> **Priority**: low']),
  ...fence('markdown', ['# Specification: Depot Charging', '', '> **Priority**: Urgent']),
  ...fence('text', ['3:17 Unexpected priority "low", expected "P3 Low"', '3:17 Unexpected priority "Urgent", expected one of four']),
  '### Valid',
  '',
  ...fence('markdown', ['# Specification: Crash Symbolication', '', '> **Priority**: P2 Medium']),
  // A code block of its own inside an example needs a longer fence.
  ...fence('md', ['# Specification: Sampling', '', '```json', '{}', '```'], '````'),
  '## Options',
  '',
  ...fence('markdown', ['# Not an example']),
]);

describe('readRuleDocCases', () => {
  it('turns each invalid example and the messages after it into a case, and each valid example into one', () => {
    expect(readRuleDocCases(priorityDoc)).toEqual({
      invalid: [
        {
          name: 'docs: invalid example 1',
          code: '# Specification: Grid Load Forecast\n\n> **Priority**: P1 Low\n',
          errors: [{ message: 'Unexpected priority "P1 Low", expected "P1 High" or "P3 Low" (level and label must agree)', line: 3, column: 17 }],
        },
        {
          name: 'docs: invalid example 2',
          code: '# Specification: Kiosk Receipts\n\n> **Priority**: low\n',
          errors: [{ message: 'Unexpected priority "low", expected "P3 Low"', line: 3, column: 17 }],
        },
        {
          name: 'docs: invalid example 3',
          code: '# Specification: Depot Charging\n\n> **Priority**: Urgent\n',
          errors: [{ message: 'Unexpected priority "Urgent", expected one of four', line: 3, column: 17 }],
        },
      ],
      valid: [
        { name: 'docs: valid example 1', code: '# Specification: Crash Symbolication\n\n> **Priority**: P2 Medium\n' },
        { name: 'docs: valid example 2', code: '# Specification: Sampling\n\n```json\n{}\n```\n' },
      ],
    });
  });

  it('reads a doc given as a file URL, and lints every case at the given path', () => {
    const cases = readRuleDocCases(pathToFileURL(priorityDoc), { filePath: '0104-ocpi-tariff-sync.md' });
    expect([...cases.invalid, ...cases.valid].map((testCase) => testCase.filePath)).toEqual(Array(5).fill('0104-ocpi-tariff-sync.md'));
  });

  it('splits the messages of examples sharing one text block where the positions start again', () => {
    const spikes = doc('spike-id.md', [
      '### Invalid',
      ...fence('markdown', ['# Station', '', '| **S-001** |', '| **G-002** |', '| **S-3** |']),
      ...fence('markdown', ['# Trace', '', '- **T-002**', '- **T-001**']),
      ...fence('text', ['4:5 Spike G-002 does not match product Station', '5:5 Unexpected spike ID "S-3"', '4:5 Unexpected spike ID T-001 after T-002']),
      '### Valid',
      ...fence('markdown', ['# Station']),
    ]);
    expect(readRuleDocCases(spikes).invalid.map((testCase) => testCase.errors.map((error) => `${error.line}:${error.column}`))).toEqual([
      ['4:5', '5:5'],
      ['4:5'],
    ]);
  });

  it('names the doc and what was expected when the examples cannot be read', () => {
    const ambiguous = doc('ambiguous.md', [
      '### Invalid',
      ...fence('markdown', ['# A']),
      ...fence('markdown', ['# B']),
      ...fence('text', ['1:1 First', '2:1 Second', '3:1 Third']),
      '### Valid',
    ]);
    // Outside the working directory the doc is named by its full path.
    expect(() => readRuleDocCases(ambiguous)).toThrow(
      `${ambiguous}:10: Cannot tell which messages belong to which of the 2 examples before them, expected a \`text\` block after each example`,
    );
    const noSections = doc('no-sections.md', ['# rule', '', ...fence('markdown', ['# A'])]);
    expect(() => readRuleDocCases(noSections)).toThrow(/no-sections\.md: Missing examples, expected a "### Invalid" and a "### Valid" heading/);
    const badLine = doc('bad-line.md', ['### Invalid', ...fence('markdown', ['# A']), ...fence('text', ['line 1: Missing title']), '### Valid']);
    expect(() => readRuleDocCases(badLine)).toThrow(/bad-line\.md:6: Unexpected message line "line 1: Missing title", expected "line:column message"/);
    const noMessages = doc('no-messages.md', ['### Invalid', ...fence('markdown', ['# A']), '### Valid']);
    expect(() => readRuleDocCases(noMessages)).toThrow(/no-messages\.md:2: Missing messages for an invalid example, expected a `text` block/);
    const textFirst = doc('text-first.md', ['### Invalid', ...fence('text', ['1:1 Found']), '### Valid']);
    expect(() => readRuleDocCases(textFirst)).toThrow(/text-first\.md:2: Unexpected `text` block, expected it after a `markdown` example/);
  });
});
