import type { Heading, Text } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types/index.js';
import { lintWithRules } from './testing/lint-with-rules.js';

/** Capitalises `draft` wherever a text node has it. */
const capitaliseDraft: Rule = {
  meta: {
    type: 'layout',
    docs: { description: 'Capitalise Draft', recommended: true },
    fixable: 'code',
    messages: { draft: 'Unexpected `draft`, expected `Draft`' },
  },
  create(context) {
    return {
      text(node: Text) {
        const start = node.position!.start.offset!;
        for (const match of node.value.matchAll(/\bdraft\b/g)) {
          const offset = start + match.index;
          context.report({ messageId: 'draft', node, fix: { range: [offset, offset + 5], text: 'Draft' } });
        }
      },
    };
  },
};

/** Lower-cases a heading's text (an edit over the whole heading text). */
const lowerHeading: Rule = {
  meta: {
    type: 'layout',
    docs: { description: 'Lower-case headings', recommended: true },
    fixable: 'code',
    messages: { lower: 'Unexpected upper case heading, expected lower case' },
  },
  create(context) {
    return {
      heading(node: Heading) {
        const text = node.children[0] as Text;
        if (text.value === text.value.toLowerCase()) return;
        const { start, end } = text.position!;
        context.report({ messageId: 'lower', node, fix: { range: [start.offset!, end.offset!], text: text.value.toLowerCase() } });
      },
    };
  },
};

/** Adds a full stop after a heading's text: touches the edit of `lowerHeading`, so it waits a pass. */
const headingStop: Rule = {
  meta: {
    type: 'layout',
    docs: { description: 'End headings with a full stop', recommended: true },
    fixable: 'code',
    messages: { stop: 'Unexpected heading without a full stop, expected `.`' },
  },
  create(context) {
    return {
      heading(node: Heading) {
        const text = node.children[0] as Text;
        if (text.value.endsWith('.')) return;
        const end = text.position!.end.offset!;
        context.report({ messageId: 'stop', node, fix: { range: [end, end], text: '.' } });
      },
    };
  },
};

const spec = ['# SPEC', '', 'Status: draft, still draft.', ''].join('\n');

describe('fixes', () => {
  it('reports fixes without applying them, counted as fixable', () => {
    const result = lintWithRules(spec, { rules: { draft: capitaliseDraft }, severity: { draft: 'warn' } });
    expect(result.output).toBeUndefined();
    expect(result.messages.map((message) => message.fix)).toEqual([
      { range: [16, 21], text: 'Draft' },
      { range: [29, 34], text: 'Draft' },
    ]);
    expect([result.warningCount, result.fixableWarningCount, result.errorCount, result.fixableErrorCount]).toEqual([2, 2, 0, 0]);
  });

  it('applies fixes over several passes until none is left, and a second run changes nothing', () => {
    const rules = { draft: capitaliseDraft, lower: lowerHeading, stop: headingStop };
    const first = lintWithRules(spec, { rules, fix: true });
    expect(first.output).toBe(['# spec.', '', 'Status: Draft, still Draft.', ''].join('\n'));
    expect(first.messages).toEqual([]);
    const second = lintWithRules(first.output!, { rules, fix: true });
    expect(second.output).toBeUndefined();
    expect(second.messages).toEqual([]);
  });

  it('merges a report with several edits into one fix', () => {
    const both: Rule = {
      meta: { type: 'layout', docs: { description: 'Both', recommended: true }, fixable: 'code', messages: { both: 'Both' } },
      create(context) {
        return {
          document() {
            context.report({
              messageId: 'both',
              fix: [
                { range: [29, 34], text: 'Draft' },
                { range: [16, 21], text: 'Draft' },
              ],
            });
          },
        };
      },
    };
    const result = lintWithRules(spec, { rules: { both } });
    expect(result.messages[0]?.fix).toEqual({ range: [16, 34], text: 'Draft, still Draft' });
    expect(lintWithRules(spec, { rules: { both }, fix: true }).output).toBe(['# SPEC', '', 'Status: Draft, still Draft.', ''].join('\n'));
  });

  it('does not apply the fix of a message a lint comment turns off', () => {
    const text = ['<!--lint ignore draft-->', 'Status: draft.', '', 'Other: draft.', ''].join('\n');
    const result = lintWithRules(text, { rules: { draft: capitaliseDraft }, fix: true });
    expect(result.output).toBe(['<!--lint ignore draft-->', 'Status: draft.', '', 'Other: Draft.', ''].join('\n'));
  });

  it('stops after ten passes when a fix never settles, with messages matching the output', () => {
    const grows: Rule = {
      meta: { type: 'layout', docs: { description: 'Grow', recommended: true }, fixable: 'code', messages: { grow: 'Grow' } },
      create(context) {
        return { document: () => context.report({ messageId: 'grow', fix: { range: [0, 0], text: 'x' } }) };
      },
    };
    const result = lintWithRules('# Title\n', { rules: { grows }, fix: true });
    expect(result.output).toBe('xxxxxxxxx# Title\n');
    expect(result.messages).toHaveLength(1);
  });

  it('keeps a byte order mark and CRLF line endings in the output', () => {
    const result = lintWithRules('\uFEFF# Title\r\n\r\nStatus: draft\r\n', { rules: { draft: capitaliseDraft }, fix: true });
    expect(result.output).toBe('\uFEFF# Title\r\n\r\nStatus: Draft\r\n');
  });
});
