import {
  positionFromOffsets,
  templateFromMarkdown,
  type DocumentRule,
  type SpecloomPlugin,
  type WorkspaceRule,
} from '@specloom/core';
import { corePlugin } from '@specloom/core/host';
import { describe, expect, it } from 'vitest';
import { engineHost } from './hosts/engine-host.js';
import { remarkHost } from './hosts/remark-host.js';
import { RuleTester } from './rule-tester.js';

const template = templateFromMarkdown({
  id: 'note',
  description: 'A short decision note',
  markdown: ['# Note: [Title]', '', '**Status**: Draft | Approved', '**Date**: YYYY-MM-DD', '', '## Context', '', '## Decision', ''].join('\n'),
});

const metadataEnum = corePlugin.rules!['metadata-enum']!;
const metadataDateOrder = corePlugin.rules!['metadata-date-order']!;
const sectionRequired = corePlugin.rules!['section-required']!;
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

// "today" is the tester's date in both hosts (the remark host passes it as the preset's `today` option).
tester.run('metadata-date-order', metadataDateOrder, {
  valid: [{ name: 'a date on the case day', code: lowerCaseStatus.replace('2026-02-01', '2026-03-10'), today: '2026-03-10' }],
  invalid: [
    {
      name: 'a date after the tester day',
      code: lowerCaseStatus.replace('2026-02-01', '2026-03-10'),
      errors: [{ message: 'Unexpected "Date" date 2026-03-10 in the future, expected on or before today (2026-03-01)', line: 4, column: 11 }],
    },
  ],
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
    // A status in other letter case is a spelling: a warning (with its fix).
    expect(engine[0]?.messages).toMatchObject([{ ruleId: 'metadata-enum', severity: 1, line: 3, column: 13 }]);
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
      expect(result?.messages.map((message) => message.message).join('\n'), host.name).toMatch(/test\/throws.*boom/);
    }
  });
});

/** A rule that renames a word everywhere: one fix with a range per mention, so it spans more than the message. */
const renameEverywhere: DocumentRule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: { description: 'Require Redpanda, not Kafka', recommended: true },
    messages: { rename: 'Unexpected "Kafka", expected "Redpanda"' },
  },
  create: (context) => ({
    document() {
      const offsets = [...context.document.text.matchAll(/Kafka/g)].map((match) => match.index);
      const [first] = offsets;
      if (first === undefined) return;
      context.report({
        messageId: 'rename',
        position: positionFromOffsets(context.document.lineStarts, first, first + 'Kafka'.length),
        fix: offsets.map((offset) => ({ range: [offset, offset + 'Kafka'.length], text: 'Redpanda' })),
      });
    },
  }),
};

const twoMentions = '# Note: Kafka\n\n## Context\n\nKafka is slow.\n';
const oneMention = '# Note: Kafka\n';

// A fix the CLI applies but an editor's quick fix cannot offer: each host gets the case its users see.
tester.run('test/rename-everywhere', renameEverywhere, {
  invalid: [
    { name: 'a rename inside the message range is fixed in both hosts', code: oneMention, errors: [{ line: 1, column: 9 }], output: '# Note: Redpanda\n' },
    { name: 'the CLI renames every mention', code: twoMentions, errors: 1, output: twoMentions.replaceAll('Kafka', 'Redpanda'), hosts: ['engine'] },
    { name: 'remark offers no quick fix for a rename beyond the message', code: twoMentions, errors: 1, output: null, hosts: ['remark'] },
  ],
});

/** A plugin named as a built-in one, with its own template: the remark host must run it instead of the preset's copy. */
const decisionTemplate = templateFromMarkdown({
  id: 'rfc',
  description: 'A short RFC',
  markdown: ['# RFC: [Title]', '', '**Status**: Draft | Accepted', '', '## Decision', ''].join('\n'),
});
const adrTemplate = { ...templateFromMarkdown({ id: 'adr', description: 'An ADR', markdown: '# ADR: [Title]\n\n## Decision\n' }), detect: (document: { text: string }) => (document.text.startsWith('# ADR') ? 1 : 0) };
const noTodo: DocumentRule = {
  meta: { type: 'problem', docs: { description: 'Forbid TODO', recommended: true }, messages: { todo: 'Unexpected "TODO", expected finished text' } },
  create: (context) => ({
    document() {
      const offset = context.document.text.indexOf('TODO');
      if (offset !== -1) context.report({ messageId: 'todo', position: positionFromOffsets(context.document.lineStarts, offset, offset + 4) });
    },
  }),
};
const alwaysReports: DocumentRule = {
  meta: { type: 'problem', docs: { description: 'Reports every document', recommended: true }, messages: { found: 'Found' } },
  create: (context) => ({ document: () => context.report({ messageId: 'found' }) }),
};
const shortRfc: SpecloomPlugin = { name: 'rfc', templates: [decisionTemplate, adrTemplate], rules: { 'no-todo': noTodo, 'always-reports': alwaysReports } };

describe('RuleTester with the plugin the rule belongs to', () => {
  // The plugin's other rule (which reports every document) is off, and its name replaces the preset's built-in rfc.
  new RuleTester({ plugin: shortRfc, template: decisionTemplate }).run('rfc/no-todo', noTodo, {
    valid: ['# RFC: Cache\n\n**Status**: Draft\n\n## Decision\n\nCache.\n'],
    invalid: [{ code: '# RFC: Cache\n\n**Status**: Draft\n\n## Decision\n\nTODO\n', errors: [{ message: 'Unexpected "TODO", expected finished text', line: 7, column: 1 }] }],
  });

  // Without `template`, documents get the plugin's templates as a real run assigns them: here by detection.
  new RuleTester({ plugin: shortRfc }).run('rfc/no-todo', noTodo, {
    invalid: [{ name: 'an ADR, detected', code: '# ADR: Cache\n\n## Decision\n\nTODO\n', errors: [{ line: 5, column: 1 }] }],
  });

  it('rejects a rule that is not the plugin\'s, or a template of another plugin', async () => {
    const tester = new RuleTester({ plugin: shortRfc });
    await expect(tester.lint('rfc/missing', noTodo, '# RFC: x\n', engineHost)).rejects.toThrow(
      'RuleTester: Unexpected rule "rfc/missing" for plugin "rfc", expected the id of one of its rules ("rfc/no-todo", "rfc/always-reports")',
    );
    await expect(new RuleTester({ plugin: shortRfc, template }).lint('rfc/no-todo', noTodo, '# RFC: x\n', engineHost)).rejects.toThrow(
      'RuleTester: Unexpected template "note" for plugin "rfc", expected one of its templates ("rfc", "adr")',
    );
  });
});
