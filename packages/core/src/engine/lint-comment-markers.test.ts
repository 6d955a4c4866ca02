import type { Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types/index.js';
import { lintWithRules } from './testing/lint-with-rules.js';

/** Reports every paragraph with its text, so a test sees which ones lint comments let through. */
const paragraphRule: Rule = {
  meta: {
    type: 'layout',
    docs: { description: 'Report paragraphs', recommended: false },
    messages: { paragraph: '{{text}}' },
  },
  create(context) {
    return {
      paragraph(node: Paragraph) {
        context.report({ messageId: 'paragraph', node, data: { text: toString(node, { includeHtml: false }).trim() } });
      },
    };
  },
};

function reported(text: string): string[] {
  const result = lintWithRules(text, { rules: { 'rfc/decision-single': paragraphRule, other: paragraphRule } });
  return result.messages.map((message) => `${message.ruleId ?? 'file'}: ${message.message}`);
}

describe('lint comments', () => {
  it('disables and re-enables a rule whose id contains a slash', () => {
    const text = [
      '# Spec',
      '',
      '<!--lint disable rfc/decision-single-->',
      '',
      'One.',
      '',
      '<!--lint enable rfc/decision-single-->',
      '',
      'Two.',
    ].join('\n');
    expect(reported(text)).toEqual(['other: One.', 'rfc/decision-single: Two.', 'other: Two.']);
  });

  it('ignores only the next node, for the rules named', () => {
    const text = ['<!--lint ignore rfc/decision-single other-->', 'One.', '', 'Two.'].join('\n');
    expect(reported(text)).toEqual(['rfc/decision-single: Two.', 'other: Two.']);
  });

  it('disables every rule without a rule id, until enabled again', () => {
    const text = ['One.', '', '<!-- lint disable -->', '', 'Two.', '', '<!--lint enable-->', '', 'Three.'].join('\n');
    expect(reported(text)).toEqual([
      'rfc/decision-single: One.',
      'other: One.',
      'rfc/decision-single: Three.',
      'other: Three.',
    ]);
  });

  it('works inline and leaves other comments alone', () => {
    const text = ['<!-- a note -->', '', 'One. <!--lint disable other-->', '', 'Two.'].join('\n');
    // The marker sits after the start of "One.", so only what follows it is off.
    expect(reported(text)).toEqual(['rfc/decision-single: One.', 'other: One.', 'rfc/decision-single: Two.']);
  });

  it('reports a lint comment with an unknown keyword instead of failing the file', () => {
    const result = lintWithRules(['<!--lint disabel other-->', '', 'One.'].join('\n'), { rules: { other: paragraphRule } });
    expect(result.messages.map(({ ruleId, line, message }) => ({ ruleId, line, message }))).toEqual([
      { ruleId: null, line: 1, message: 'Unexpected keyword `disabel`, expected `enable`, `disable`, or `ignore`' },
      { ruleId: 'other', line: 3, message: 'One.' },
    ]);
  });
});
