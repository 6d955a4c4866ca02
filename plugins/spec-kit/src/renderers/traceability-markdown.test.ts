import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderSpec } from '@specloom/testing';
import { specKitPlugin } from '../plugin.js';

const plugins = [specKitPlugin];
const fixtures = path.resolve(import.meta.dirname, '../../test/fixtures');

/** Render a fixture spec where it lies, so the renderer finds the tasks.md beside it. */
async function render(relativePath: string, text?: string): Promise<string> {
  const filePath = path.join(fixtures, relativePath);
  return (await renderSpec(text ?? readFileSync(filePath, 'utf8'), { plugins, format: 'traceability-md', filePath, today: '2026-01-15' })).output;
}

it('renders stories × requirements × tasks, with the tasks read from the feature folder', async () => {
  const output = await render('valid/specs/015-audit-log-export/spec.md');
  expect(output).toBe(`# Traceability: Audit Log Export

Branch \`015-audit-log-export\` · 2 user stories · 4 functional requirements · 7 tasks in tasks.md.

## User stories

| Story | Priority | Scenarios | Tasks | Requirements |
| --- | --- | --- | --- | --- |
| US1 Export a date range as CSV | P1 | 2 | T002, T003, T004 | FR-001, FR-002 |
| US2 Scheduled monthly export | P2 | 1 | T005, T006 | FR-003, FR-004 |

## Functional requirements

| Requirement | Keyword | Stories | Tasks | Text |
| --- | --- | --- | --- | --- |
| FR-001 | MUST | US1 | T002 | System MUST export audit events of a chosen date range as CSV with one event per row. |
| FR-002 | MUST | US1 | T003 | System MUST restrict exports to workspace owners and members with the Compliance role. |
| FR-003 | SHOULD | US2 | T005 | System SHOULD e-mail scheduled exports as a download link valid for 7 days. |
| FR-004 | MAY | US2 | T006 | System MAY offer JSON Lines as a second format. |

## Not covered by a task

Every user story and requirement has a task.
`);
});

it('lists what no task covers, and says when tasks do not name requirements', async () => {
  const output = await render('invalid/specs/110-uncovered-story/spec.md');
  expect(output).toContain('| US3 Revoke a link | P3 | 1 | — | — |');
  expect(output).toContain('## Not covered by a task\n\n- US3 Revoke a link (line 48)\n\nThe tasks name no FR IDs, so requirements are traced through their stories only.\n');
});

it('says so when the feature has no tasks yet', async () => {
  const output = await render('invalid/specs/101-clarification-after-draft/spec.md');
  expect(output).toContain('3 user stories · 9 functional requirements · no tasks.md beside the spec yet.');
  expect(output).toContain('No tasks yet: coverage is shown once the feature folder has its tasks.md.');
});

it('escapes spec text so it cannot break the table or add markup', async () => {
  const text = readFileSync(path.join(fixtures, 'valid/specs/015-audit-log-export/spec.md'), 'utf8').replace(
    '- **FR-004**: System MAY offer JSON Lines as a second format.',
    '- **FR-004**: System MAY offer <b>JSON|Lines</b> as a [second](javascript:alert(1)) format.',
  );
  const output = await render('valid/specs/015-audit-log-export/spec.md', text);
  expect(output).toContain('| FR-004 | MAY | US2 | T006 | System MAY offer JSON\\|Lines as a second format. |');
});
