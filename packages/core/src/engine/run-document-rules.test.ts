import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../types/index.js';
import { lintWithRules } from './testing/lint-with-rules.js';

const spec = ['# Spec', '', '## Goals', '', 'Text.', '', '### Details', ''].join('\n');

function headingRule(calls: string[]): Rule {
  return {
    meta: {
      type: 'suggestion',
      docs: { description: 'Report headings', recommended: false, url: 'https://example.com/headings.md' },
      messages: { heading: 'Unexpected heading `{{title}}` of depth {{ depth }}, expected {{missing}}' },
    },
    create(context) {
      return {
        document: () => calls.push('document'),
        heading(node: Heading) {
          calls.push(toString(node));
          context.report({ messageId: 'heading', node, data: { title: toString(node), depth: node.depth } });
        },
        'document:exit': () => calls.push('document:exit'),
      };
    },
  };
}

describe('document rules', () => {
  it('visits each heading once, between `document` and `document:exit`, and fills message data', () => {
    const calls: string[] = [];
    const result = lintWithRules(spec, { rules: { headings: headingRule(calls) } });
    expect(calls).toEqual(['document', 'Spec', 'Goals', 'Details', 'document:exit']);
    expect(result.template).toBe('any');
    expect(result.messages.map(({ line, column, endLine, endColumn, message }) => ({ line, column, endLine, endColumn, message }))).toEqual([
      { line: 1, column: 1, endLine: 1, endColumn: 7, message: 'Unexpected heading `Spec` of depth 1, expected {{missing}}' },
      { line: 3, column: 1, endLine: 3, endColumn: 9, message: 'Unexpected heading `Goals` of depth 2, expected {{missing}}' },
      { line: 7, column: 1, endLine: 7, endColumn: 12, message: 'Unexpected heading `Details` of depth 3, expected {{missing}}' },
    ]);
    expect(result.messages[0]).toMatchObject({ ruleId: 'headings', severity: 2, messageId: 'heading', url: 'https://example.com/headings.md' });
    expect(result.errorCount).toBe(3);
  });

  it('calls every rule that wants a node type', () => {
    const first: string[] = [];
    const second: string[] = [];
    const result = lintWithRules(spec, { rules: { 'a/first': headingRule(first), 'b/second': headingRule(second) } });
    expect(first).toEqual(second);
    expect(first.filter((call) => !call.startsWith('document'))).toHaveLength(3);
    expect(result.messages.map((message) => `${message.line}:${message.ruleId}`)).toEqual([
      '1:a/first',
      '1:b/second',
      '3:a/first',
      '3:b/second',
      '7:a/first',
      '7:b/second',
    ]);
  });

  it('gives rules their options over the defaults, settings and today', () => {
    let seen: unknown;
    const rule: Rule<{ level: number; name: string }> = {
      meta: {
        type: 'problem',
        docs: { description: 'Look at the context', recommended: true },
        defaultOptions: { level: 1, name: 'default' },
        messages: {},
      },
      create(context) {
        seen = { options: context.options, today: context.today, template: context.template?.id, schema: context.schema?.id, id: context.id };
      },
    };
    lintWithRules(spec, { rules: { 'x/context': rule }, ruleOptions: { 'x/context': { level: 3 } }, today: '2025-06-01' });
    expect(seen).toEqual({ options: { level: 3, name: 'default' }, today: '2025-06-01', template: 'any', schema: 'any', id: 'x/context' });
  });

  it('lowers the severity when a report asks for a softer one, never raises it', () => {
    const rule: Rule = {
      meta: {
        type: 'problem',
        docs: { description: 'Report twice', recommended: true },
        messages: { soft: 'Soft', hard: 'Hard' },
      },
      create(context) {
        return {
          document() {
            context.report({ messageId: 'soft', severity: 'warn' });
            context.report({ messageId: 'hard', severity: 'error' });
          },
        };
      },
    };
    const asError = lintWithRules(spec, { rules: { twice: rule } });
    expect(asError.messages.map((message) => [message.message, message.severity])).toEqual([
      ['Soft', 1],
      ['Hard', 2],
    ]);
    expect([asError.errorCount, asError.warningCount]).toEqual([1, 1]);
    const asWarning = lintWithRules(spec, { rules: { twice: rule }, severity: { twice: 'warn' } });
    expect(asWarning.messages.map((message) => message.severity)).toEqual([1, 1]);
    // Without a node or position, a report points at the start of the document.
    expect(asWarning.messages[0]).toMatchObject({ line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('turns an unknown messageId into a message saying so', () => {
    const rule: Rule = {
      meta: { type: 'problem', docs: { description: 'Typo', recommended: true }, messages: { known: 'Known' } },
      create(context) {
        return { document: () => context.report({ messageId: 'unknwon' }) };
      },
    };
    const result = lintWithRules(spec, { rules: { typo: rule } });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]?.message).toBe('Unexpected unknown messageId `unknwon` reported by rule `typo`, expected one of `known`');
  });

  it('isolates a rule that throws: an error naming the rule and the node, the rule and the others go on', () => {
    const throwsIn = (place: 'create' | 'heading' | 'exit'): Rule => ({
      meta: { type: 'problem', docs: { description: 'Broken', recommended: true }, messages: { seen: 'Seen' } },
      create(context) {
        if (place === 'create') throw new Error('create failed');
        return {
          heading(node) {
            context.report({ messageId: 'seen', node });
            if (place === 'heading' && node.depth === 2) throw new TypeError('cannot read heading');
          },
          'document:exit'() {
            if (place === 'exit') throw new Error('exit failed');
          },
        };
      },
    });
    const calls: string[] = [];
    const result = lintWithRules(spec, {
      rules: {
        'broken/create': throwsIn('create'),
        'broken/heading': throwsIn('heading'),
        'broken/exit': throwsIn('exit'),
        healthy: headingRule(calls),
      },
    });
    const crashes = result.messages.filter((message) => message.message.includes('crashed'));
    expect(crashes.map((message) => [message.ruleId, message.severity, message.line, message.message])).toEqual([
      ['broken/create', 2, 1, 'Rule "broken/create" from plugin "test" crashed in `create`: create failed'],
      ['broken/exit', 2, 1, 'Rule "broken/exit" from plugin "test" crashed in `document:exit`: exit failed'],
      ['broken/heading', 2, 3, 'Rule "broken/heading" from plugin "test" crashed on the `heading` node at 3:1: cannot read heading'],
    ]);
    // The crashing rule is still called for the headings after the one it failed on: no finding is lost.
    expect(result.messages.filter((message) => message.ruleId === 'broken/heading' && message.message === 'Seen')).toHaveLength(3);
    expect(result.messages.filter((message) => message.ruleId === 'broken/exit' && message.message === 'Seen')).toHaveLength(3);
    expect(result.messages.filter((message) => message.ruleId === 'healthy')).toHaveLength(3);
  });

  it('reports the first five crashes of a rule in a file, then how many more there were', () => {
    const alwaysThrows: Rule = {
      meta: { type: 'problem', docs: { description: 'Broken', recommended: true }, messages: {} },
      create: () => ({
        text() {
          throw new Error('no');
        },
      }),
    };
    const text = Array.from({ length: 8 }, (_, index) => `Paragraph ${index}.`).join('\n\n');
    const result = lintWithRules(text, { rules: { 'broken/text': alwaysThrows } });
    const crashAt = (line: number) => `Rule "broken/text" from plugin "test" crashed on the \`text\` node at ${line}:1: no`;
    // Sorted by position: the count stands at the start of the file, after the crash there.
    expect(result.messages.map((message) => message.message)).toEqual([
      crashAt(1),
      'Rule "broken/text" from plugin "test" crashed on 3 more nodes of this file (the first 5 are shown)',
      ...[3, 5, 7, 9].map(crashAt),
    ]);
  });
});
