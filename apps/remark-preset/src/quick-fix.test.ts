import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LintMessage } from '@specloom/core';
import { applyFixes, createEngine, resolveConfig } from '@specloom/core/host';
import { location } from 'vfile-location';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from './builtin-plugins.js';
import { quickFixFor } from './quick-fix.js';

const repository = fileURLToPath(new URL('../../../', import.meta.url));

async function fixableMessages(relativePath: string): Promise<{ text: string; messages: LintMessage[] }> {
  const filePath = `${repository}${relativePath}`;
  const text = readFileSync(filePath, 'utf8');
  const engine = createEngine(await resolveConfig({}, { rootDir: repository, builtinPlugins }));
  const [result] = engine.lintTexts([{ text, filePath }]);
  return { text, messages: result!.messages.filter((message) => message.fix) };
}

/** What an editor does with a quick fix: replace the message's range with `expected`. */
function applyQuickFix(text: string, message: LintMessage, expected: string): string {
  const toOffset = location(text).toOffset;
  const start = toOffset({ line: message.line, column: message.column })!;
  const end = toOffset({ line: message.endLine, column: message.endColumn })!;
  return text.slice(0, start) + expected + text.slice(end);
}

describe('quickFixFor', () => {
  it.each(['examples/mistakes/rfc-usage-metering.md', 'examples/mistakes/feature-invoice-pdf.md'])(
    'gives an editor the same edit as `specloom lint --fix` in %s',
    async (relativePath) => {
      const { text, messages } = await fixableMessages(relativePath);
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        const quickFix = quickFixFor(message, text, location(text).toOffset);
        expect(quickFix, message.message).toBeDefined();
        expect(applyQuickFix(text, message, quickFix!.expected)).toBe(applyFixes(text, [message.fix!]).output);
      }
    },
  );

  it('shows the RFC number fix as a replacement of the reported text', async () => {
    const { text, messages } = await fixableMessages('examples/mistakes/rfc-usage-metering.md');
    const titleNumber = messages.find((message) => message.ruleId === 'rfc/title-number')!;
    expect(quickFixFor(titleNumber, text, location(text).toOffset)).toEqual({ actual: '019', expected: '0019' });
  });

  it('expresses a fix inside a longer range as the new text of the whole range', () => {
    const text = '# SPEC 0001: Title\n\n## 7. Testing\n';
    const message: LintMessage = {
      ruleId: 'section-numbering',
      severity: 2,
      message: 'Unexpected section number 7, expected 8',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 14,
      fix: { range: [23, 24], text: '8' },
    };
    expect(quickFixFor(message, text, location(text).toOffset)).toEqual({ actual: '## 7. Testing', expected: '## 8. Testing' });
  });

  it('offers no quick fix when the fix edits text outside the reported range', () => {
    const text = '# SPEC 0001: Title\n\n## Testing\n';
    const message: LintMessage = {
      ruleId: 'section-required',
      severity: 2,
      message: 'Missing section "Summary", expected after the title',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 19,
      fix: { range: [20, 20], text: '## Summary\n\n' },
    };
    expect(quickFixFor(message, text, location(text).toOffset)).toBeUndefined();
  });
});
