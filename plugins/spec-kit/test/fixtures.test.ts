import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import designDocPlugin from '@specloom/plugin-design-doc';
import openSpecPlugin from '@specloom/plugin-openspec';
import productPlugin from '@specloom/plugin-product';
import rfcPlugin from '@specloom/plugin-rfc';
import specDatedPlugin from '@specloom/plugin-spec-dated';
import specKitPlugin from '../src/index.js';
import { TODAY } from './lint-rule.js';

const fixturesDir = path.resolve(import.meta.dirname, 'fixtures');
const builtinPlugins = [productPlugin, specDatedPlugin, designDocPlugin, rfcPlugin, specKitPlugin, openSpecPlugin];

/** Every Markdown file below a folder, as the CLI finds them. */
function markdownUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.md') && path.basename(name) !== 'EXPECTED.md')
    .map((name) => path.join(folder, name))
    .sort();
}

/** Lint files as one workspace through the real engine with the zero-config plugins, as `specloom lint` does. */
async function lintFiles(filePaths: string[], fix = false): Promise<LintResult[]> {
  const config = await resolveConfig({}, { rootDir: fixturesDir, builtinPlugins });
  return createEngine(config).lintTexts(
    filePaths.map((filePath) => ({ filePath, text: readFileSync(filePath, 'utf8') })),
    { today: TODAY, fix },
  );
}

/** `line ruleId (severity): message`, the way a failing assertion is easiest to read. */
function findings(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line} ${message.ruleId} (${message.severity === 2 ? 'error' : 'warning'}): ${message.message}`);
}

const relative = (result: LintResult) => path.relative(fixturesDir, result.filePath).split(path.sep).join('/');

describe('spec-kit fixtures through the real engine with every built-in plugin', () => {
  it('assigns each document its own template by its own evidence', async () => {
    for (const result of await lintFiles(markdownUnder(fixturesDir))) {
      const expected = { 'spec.md': 'spec-kit', 'plan.md': 'spec-kit-plan', 'tasks.md': 'spec-kit-tasks' }[path.basename(result.filePath)];
      expect(result.template, relative(result)).toBe(expected);
    }
  });

  it('finds nothing in the valid feature folders', async () => {
    for (const result of await lintFiles(markdownUnder(path.join(fixturesDir, 'valid')))) {
      expect(findings(result), relative(result)).toEqual([]);
    }
  });

  it('warns about the open questions of a Draft spec, and nothing else', async () => {
    const results = await lintFiles(markdownUnder(path.join(fixturesDir, 'drafts')));
    expect(results.flatMap((result) => findings(result).map((finding) => `${relative(result)}:${finding}`))).toEqual([
      'drafts/specs/014-workspace-invite-links/spec.md:69 spec-kit/needs-clarification (warning): Unexpected unresolved "[NEEDS CLARIFICATION: should their links be revoked automat…", expected the question answered before planning',
      'drafts/specs/014-workspace-invite-links/spec.md:84 spec-kit/needs-clarification (warning): Unexpected unresolved "[NEEDS CLARIFICATION: limit not specified - 10, 50, unlimit…", expected the question answered before planning',
    ]);
  });

  /** The findings invalid/EXPECTED.md lists, by file, and nothing else. */
  const expected: Record<string, string[]> = {
    '101-clarification-after-draft/spec.md': [
      '84 spec-kit/needs-clarification (error): Unexpected unresolved "[NEEDS CLARIFICATION: 10, 50 or unlimited?]" at status "Approved", expected every clarification resolved after Draft',
    ],
    '102-missing-mandatory-section/spec.md': ['93 section-required (error): Missing section "Success Criteria", expected after "Requirements (mandatory)"'],
    '103-malformed-ids/spec.md': [
      '80 spec-kit/requirement-ids (error): Unexpected ID "FR-4", expected "FR-004"',
      '99 spec-kit/requirement-ids (error): Unexpected ID "SC-03a", expected SC- and three digits (SC-001)',
    ],
    '104-duplicate-ids/spec.md': ['83 spec-kit/requirement-ids (error): Unexpected duplicate ID "FR-006" (first defined on line 82), expected each FR ID defined once'],
    '105-story-without-priority/spec.md': [
      '30 spec-kit/user-stories (error): Missing priority in "User Story 2 - Restrict links to the company domain", expected "(Priority: P1)" (P1 is the most important)',
    ],
    '106-story-without-scenario/spec.md': [
      '48 spec-kit/acceptance-scenarios (error): Missing acceptance scenario in "User Story 3 - Revoke a link (Priority: P3)", expected "**Acceptance Scenarios**:" with "1. **Given** …, **When** …, **Then** …"',
    ],
    '107-requirement-without-keyword/spec.md': [
      '81 spec-kit/requirement-keyword (error): Unexpected requirement "FR-005" without MUST, SHOULD or MAY, expected "System MUST …" (RFC 2119 keyword in capitals)',
    ],
    '108-task-ids/tasks.md': [
      '66 spec-kit/task-ids (error): Unexpected task ID "T13", expected "T013"',
      '83 spec-kit/task-ids (error): Unexpected duplicate task ID "T015" (first on line 71), expected each task ID once',
    ],
    '109-unknown-story-label/tasks.md': [
      '85 spec-kit/task-story-label (error): Unexpected story label "US4" on task T018, expected one of the stories of spec.md (US1, US2, US3)',
    ],
    '110-uncovered-story/spec.md': ['48 spec-kit/task-coverage (warning): Unexpected user story US3 without a task, expected a task labelled [US3] in tasks.md'],
    '111-parallel-same-file/tasks.md': [
      '45 spec-kit/parallel-files (error): Unexpected [P] task T008 touching "apps/api/tests/contract/invite-links.test.ts" like [P] task T007 in "Phase 3: User Story 1 - Admin creates an invite link (Priority: P1) 🎯 MVP", expected parallel tasks on different files',
    ],
    '112-branch-mismatch/plan.md': [
      '3 spec-kit/feature-branch (error): Unexpected feature branch "112-branch-mismtach" in "Branch", expected "112-branch-mismatch" as spec.md names it',
    ],
  };

  it('reports exactly the defect EXPECTED.md lists for each invalid feature folder, linted with the valid ones', async () => {
    const invalid = path.join(fixturesDir, 'invalid/specs');
    const results = await lintFiles([...markdownUnder(path.join(fixturesDir, 'valid')), ...markdownUnder(invalid)]);
    const folders = readdirSync(invalid);
    expect(folders.sort()).toEqual([...new Set(Object.keys(expected).map((file) => file.split('/')[0]))].sort());
    for (const result of results) {
      const key = path.relative(invalid, result.filePath).split(path.sep).join('/');
      expect(findings(result), relative(result)).toEqual(expected[key] ?? []);
    }
  });

  it('fixes the malformed IDs it can be certain of', async () => {
    const [ids, tasks] = (await lintFiles([path.join(fixturesDir, 'invalid/specs/103-malformed-ids/spec.md'), path.join(fixturesDir, 'invalid/specs/108-task-ids/tasks.md')], true)) as [LintResult, LintResult];
    expect(ids.output).toContain('- **FR-004**: System MUST allow admins to restrict');
    expect(findings(ids)).toEqual(['99 spec-kit/requirement-ids (error): Unexpected ID "SC-03a", expected SC- and three digits (SC-001)']);
    expect(tasks.output).toContain('- [ ] T013 [P] [US2]');
  });
});
