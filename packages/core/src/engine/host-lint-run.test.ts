import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../document/markdown-processor.js';
import type { LintMessage, Rule, WorkspaceRule } from '../types/index.js';
import { createEngine } from './create-engine.js';
import { createHostLintRun } from './host-lint-run.js';
import { createTestConfig } from './testing/lint-with-rules.js';
import { defined } from '../defined.js';

/** Reports lower-case headings, with a fix that capitalises them. */
const headingCase: Rule = {
  meta: {
    type: 'layout',
    docs: { description: 'Capitalise headings', recommended: true },
    fixable: 'code',
    messages: { lower: 'Unexpected lower case heading `{{text}}`, expected a capital' },
  },
  create(context) {
    return {
      heading(node: Heading) {
        const text = toString(node);
        const start = node.children[0]?.position?.start.offset;
        if (start === undefined || !/^[a-z]/.test(text)) return;
        context.report({ messageId: 'lower', node, data: { text }, fix: { range: [start, start + 1], text: text.charAt(0).toUpperCase() } });
      },
    };
  },
};

/** Titles must be unique across the run. */
const uniqueTitles: WorkspaceRule<{ title: string }> = {
  meta: {
    scope: 'workspace',
    type: 'problem',
    docs: { description: 'Require unique titles', recommended: true },
    messages: { duplicate: 'Unexpected duplicate title `{{title}}`, expected a unique title' },
  },
  collect(context) {
    return context.document.title ? { title: context.document.title.text } : undefined;
  },
  check(context) {
    const counts = new Map<string, number>();
    for (const entry of context.entries) counts.set(entry.facts.title, (counts.get(entry.facts.title) ?? 0) + 1);
    for (const entry of context.entries) {
      if ((counts.get(entry.facts.title) ?? 0) > 1) {
        context.report({ path: entry.path, messageId: 'duplicate', data: { title: entry.facts.title } });
      }
    }
  },
};

const texts = [
  { filePath: '/docs/a.md', text: '\uFEFF# billing\r\n\r\n## scope\r\n' },
  { filePath: '/docs/b.md', text: '# Search\n\n<!--lint disable heading-case-->\n\n## lower\n' },
  { filePath: '/docs/c.md', text: '<!--lint disable unique-titles-->\n\n# billing\n' },
  { filePath: '/docs/d.md', text: '  \n' },
];

/** Undefined for a result that is missing, which then fails the comparison. */
function describeMessages(messages: LintMessage[] | undefined): string[] | undefined {
  return messages?.map((message) => `${message.line}:${message.column}-${message.endLine}:${message.endColumn} ${message.ruleId} ${message.message}`);
}

describe('createHostLintRun', () => {
  const config = createTestConfig({ rules: { 'heading-case': headingCase, 'unique-titles': uniqueTitles }, rootDir: '/' });

  it('finds what the engine finds, document phase per parsed tree and workspace phase at the end', () => {
    const run = createHostLintRun(config, { today: '2026-01-01' });
    const documentResults = texts.map((input) => run.lint({ ...input, tree: parseMarkdown(input.text) }));
    const workspaceResults = run.checkWorkspace();
    const expected = createEngine(config).lintTexts(texts, { today: '2026-01-01' });

    expect(workspaceResults).toHaveLength(texts.length);
    const combined = documentResults.map((result, index) =>
      describeMessages([...result.messages, ...(workspaceResults[index]?.messages ?? [])].sort((left, right) => left.line - right.line)),
    );
    expect(combined).toEqual(expected.map((result) => describeMessages(result.messages)));
    expect(describeMessages(documentResults[0]?.messages)).toEqual([
      '1:1-1:10 heading-case Unexpected lower case heading `billing`, expected a capital',
      '3:1-3:9 heading-case Unexpected lower case heading `scope`, expected a capital',
    ]);
    // Lint comments apply to workspace messages too: c.md turned the rule off.
    expect(describeMessages(workspaceResults[0]?.messages)).toEqual([
      '1:1-1:1 unique-titles Unexpected duplicate title `billing`, expected a unique title',
    ]);
    expect(workspaceResults[2]?.messages).toEqual([]);
    expect(documentResults[3]?.note).toBe('Empty file; skipped.');
  });

  it('keeps fixes in the offsets of the text without its BOM', () => {
    const run = createHostLintRun(config);
    const input = defined(texts[0], 'a first text');
    const result = run.lint({ ...input, tree: parseMarkdown(input.text) });
    expect(result.messages[0]?.fix).toEqual({ range: [2, 3], text: 'B' });
    expect(result.errorCount).toBe(2);
    expect(result.fixableErrorCount).toBe(2);
  });

  it('parses texts given without a tree, and a text linted again replaces the earlier one', () => {
    const run = createHostLintRun(config);
    run.lint(defined(texts[0], 'a first text'));
    run.lint({ filePath: '/docs/c.md', text: '# billing\n' });
    expect(run.checkWorkspace().map((result) => result.messages.length)).toEqual([1, 1]);
    // c.md changed its title: no duplicate left, and the files keep the order they were first linted in.
    run.lint({ filePath: '/docs/c.md', text: '# Search\n' });
    expect(run.checkWorkspace().map((result) => [result.filePath, result.messages.length])).toEqual([
      ['/docs/a.md', 0],
      ['/docs/c.md', 0],
    ]);
    run.lint({ filePath: '/docs/c.md', text: '# billing\n' });
    run.remove('/docs/c.md');
    expect(run.checkWorkspace().map((result) => [result.filePath, result.messages.length])).toEqual([['/docs/a.md', 0]]);
  });
});
