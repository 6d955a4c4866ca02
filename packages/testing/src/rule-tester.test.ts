import { corePlugin, templateFromMarkdown, type DocumentRule, type WorkspaceRule } from '@specloom/core';
import { describe, expect, it } from 'vitest';
import { engineHost } from './hosts/engine-host.js';
import { remarkHost } from './hosts/remark-host.js';
import { RuleTester } from './rule-tester.js';

const template = templateFromMarkdown({
  id: 'note',
  description: 'A short decision note',
  markdown: ['# Note: [Title]', '', '**Status**: Draft | Approved', '**Date**: YYYY-MM-DD', '', '## Context', '', '## Decision', ''].join('\n'),
});

const metadataEnum = corePlugin.rules!['metadata-enum'];
const sectionRequired = corePlugin.rules!['section-required'];
const tester = new RuleTester({ template, today: '2026-03-01' });

const lowerCaseStatus = '# Note: Cache\n\n**Status**: approved\n**Date**: 2026-02-01\n\n## Context\n\nSlow.\n\n## Decision\n\nCache.\n';

// The tester proving core's own rules in both hosts: the cases below are run by vitest through `run`.
tester.run('metadata-enum', metadataEnum, {
  valid: ['# Note: Cache\n\n**Status**: Approved\n**Date**: 2026-02-01\n\n## Context\n\nSlow.\n\n## Decision\n\nCache.\n'],
  invalid: [
    {
      name: 'a case slip is fixed to the template spelling',
      code: lowerCaseStatus,
      errors: [{ message: 'Unexpected value "approved" for "Status", expected "Approved"', line: 3, column: 13, endLine: 3, endColumn: 21 }],
      output: lowerCaseStatus.replace('approved', 'Approved'),
    },
    {
      code: '# Note: Cache\n\n**Status**: Shipped\n\n## Context\n\nSlow.\n\n## Decision\n\nCache.\n',
      errors: ['Unexpected value "Shipped" for "Status", expected one of "Draft", "Approved"'],
      output: null,
    },
  ],
});

tester.run('section-required', sectionRequired, {
  invalid: [{ code: '# Note: Cache\n\n**Status**: Draft\n**Date**: 2026-02-01\n\n## Context\n\nSlow.\n', errors: [{ message: 'Missing section "Decision", expected after "Context"', line: 8 }] }],
});

/** A workspace rule: every note's title must be unique across the files linted together. */
const uniqueTitle: WorkspaceRule<{ title?: string; line: number }> = {
  meta: { scope: 'workspace', type: 'problem', docs: { description: 'Require unique note titles', recommended: true }, messages: { duplicate: 'Unexpected duplicate title "{{title}}", expected a unique title' } },
  collect: (context) => ({ title: context.document.title?.text, line: context.document.title?.position.start.line ?? 1 }),
  check(context) {
    const seen = new Set<string>();
    for (const entry of context.entries) {
      if (entry.facts.title === undefined) continue;
      if (seen.has(entry.facts.title)) context.report({ path: entry.path, messageId: 'duplicate', data: { title: entry.facts.title } });
      seen.add(entry.facts.title);
    }
  },
};

tester.run('test/unique-title', uniqueTitle, {
  valid: [{ files: [{ filePath: 'a.md', code: '# Note: A\n' }, { filePath: 'b.md', code: '# Note: B\n' }] }],
  invalid: [
    {
      files: [{ filePath: 'a.md', code: '# Note: A\n' }, { filePath: 'b.md', code: '# Note: A\n' }],
      errors: [{ filePath: 'b.md', message: 'Unexpected duplicate title "Note: A", expected a unique title', line: 1, column: 1 }],
    },
  ],
});

describe('RuleTester.lint', () => {
  it('gives the same messages, positions and severities in the engine and the remark host', async () => {
    const engine = await tester.lint('metadata-enum', metadataEnum, lowerCaseStatus, engineHost);
    const remark = await tester.lint('metadata-enum', metadataEnum, lowerCaseStatus, remarkHost);
    expect(remark).toEqual(engine);
    expect(engine[0].messages).toMatchObject([{ ruleId: 'metadata-enum', severity: 2, line: 3, column: 13 }]);
  });

  it('shows a rule that throws as a message naming the rule, in both hosts', async () => {
    const throwing: DocumentRule = {
      meta: { type: 'problem', docs: { description: 'Throws', recommended: true }, messages: {} },
      create: () => ({
        document() {
          throw new Error('boom');
        },
      }),
    };
    for (const host of tester.hosts) {
      const [result] = await tester.lint('test/throws', throwing, lowerCaseStatus, host);
      expect(result.messages.map((message) => message.message).join('\n'), host.name).toMatch(/test\/throws.*boom/);
    }
  });
});
