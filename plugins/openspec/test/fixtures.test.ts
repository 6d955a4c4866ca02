import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import designDocPlugin from '@specloom/plugin-design-doc';
import productPlugin from '@specloom/plugin-product';
import rfcPlugin from '@specloom/plugin-rfc';
import specDatedPlugin from '@specloom/plugin-spec-dated';
import specKitPlugin from '@specloom/plugin-spec-kit';
import openSpecPlugin from '../src/index.js';
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
async function lintFiles(filePaths: string[]): Promise<LintResult[]> {
  const config = await resolveConfig({}, { rootDir: fixturesDir, builtinPlugins });
  return createEngine(config).lintTexts(
    filePaths.map((filePath) => ({ filePath, text: readFileSync(filePath, 'utf8') })),
    { today: TODAY },
  );
}

/** `line:column ruleId (severity)`, the way a failing assertion is easiest to read. */
function findings(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} (${message.severity === 2 ? 'error' : 'warning'})`);
}

const relative = (folder: string, result: LintResult) => path.relative(folder, result.filePath).split(path.sep).join('/');

/** The template each kind of OpenSpec file gets. */
function expectedTemplate(file: string): string {
  if (file.includes('/changes/')) {
    if (file.endsWith('/proposal.md')) return 'openspec-change';
    if (file.endsWith('/tasks.md')) return 'openspec-tasks';
    return 'openspec-delta';
  }
  return 'openspec-spec';
}

describe('OpenSpec fixtures through the real engine with every built-in plugin', () => {
  it('assigns each file its template by its place in the openspec/ tree', async () => {
    for (const result of await lintFiles(markdownUnder(fixturesDir))) {
      const file = relative(fixturesDir, result);
      expect(result.template, file).toBe(expectedTemplate(file));
    }
  });

  it('finds nothing in the valid project', async () => {
    for (const result of await lintFiles(markdownUnder(path.join(fixturesDir, 'valid')))) {
      expect(findings(result), relative(fixturesDir, result)).toEqual([]);
    }
  });

  /** One file per defect class (see broken/EXPECTED.md); every other file of the project is clean. */
  const expected: Record<string, string[]> = {
    'specs/billing/spec.md': ['3:1 section-required (error)'],
    'specs/search/spec.md': ['7:1 openspec/spec-structure (error)', '14:36 section-required (error)'],
    'specs/notifications/spec.md': ['3:1 openspec/purpose (error)'],
    'specs/reports/spec.md': ['5:1 openspec/purpose (warning)'],
    'specs/exports/spec.md': ['9:1 openspec/requirement-keyword (error)', '18:1 openspec/requirement-keyword (error)'],
    'specs/uploads/spec.md': ['9:1 openspec/requirement-scenario (error)'],
    'specs/profiles/spec.md': ['13:3 openspec/scenario-format (error)', '21:1 openspec/scenario-format (error)'],
    'specs/sessions/spec.md': ['18:1 openspec/requirement-unique (error)'],
    'specs/webhooks/spec.md': ['18:1 openspec/spec-structure (error)', '20:1 openspec/spec-structure (error)'],
    'specs/teams/spec.md': ['20:1 openspec/spec-structure (error)'],
    'changes/no-deltas/proposal.md': ['7:1 openspec/change-deltas (error)'],
    'changes/empty-delta/proposal.md': ['7:1 openspec/change-deltas (error)'],
    'changes/empty-delta/specs/auth/spec.md': ['1:1 openspec/delta-sections (error)'],
    'changes/no-delta-headers/proposal.md': ['7:1 openspec/change-deltas (error)'],
    'changes/no-delta-headers/specs/auth/spec.md': ['1:1 openspec/delta-sections (error)', '3:18 openspec/delta-sections (error)'],
    'changes/conflicting-delta/specs/auth/spec.md': ['14:18 openspec/delta-conflicts (error)'],
    'changes/duplicate-added/specs/auth/spec.md': ['12:1 openspec/requirement-unique (error)'],
    'changes/missing-target/specs/auth/spec.md': ['3:1 openspec/delta-target (error)', '14:27 openspec/delta-target (error)'],
    'changes/scenario-loss/specs/auth/spec.md': ['3:1 openspec/delta-target (error)'],
    'changes/added-incomplete/specs/auth/spec.md': ['3:1 openspec/requirement-keyword (error)', '12:1 openspec/requirement-scenario (error)'],
    'changes/unpaired-rename/proposal.md': ['7:1 openspec/change-deltas (error)'],
    'changes/unpaired-rename/specs/auth/spec.md': ['1:1 openspec/delta-sections (error)', '3:27 openspec/delta-sections (error)'],
    'changes/orphan-requirement/specs/auth/spec.md': ['14:18 openspec/delta-sections (error)'],
    'changes/root-level-delta/specs/spec.md': ['1:1 openspec/delta-sections (error)'],
    'changes/modified-new-capability/specs/login-limits/spec.md': ['3:1 openspec/delta-target (error)'],
    'changes/task-numbering/tasks.md': ['4:7 openspec/task-numbering (warning)', '8:7 openspec/task-numbering (error)', '9:7 openspec/task-numbering (error)'],
    'changes/task-checkboxes/tasks.md': ['3:1 openspec/task-checkboxes (warning)'],
    'specs/digests/spec.md': ['5:1 placeholder (error)'],
    'changes/rename-conflicts/specs/auth/spec.md': ['4:25 openspec/delta-conflicts (error)', '8:1 openspec/delta-conflicts (error)'],
    'changes/divider-heading/specs/auth/spec.md': ['3:1 section-empty (warning)', '3:1 openspec/delta-sections (warning)'],
    'changes/near-miss/specs/auth/spec.md': ['3:1 openspec/delta-target (error)'],
  };

  it('reports each defect of the broken project, and nothing in its clean files', async () => {
    const broken = path.join(fixturesDir, 'broken/openspec');
    for (const result of await lintFiles(markdownUnder(broken))) {
      const file = relative(broken, result);
      expect(findings(result), file).toEqual(expected[file] ?? []);
    }
  });

  it('compares a change linted on its own with the capability specs on disk', async () => {
    const [delta] = await lintFiles([path.join(fixturesDir, 'broken/openspec/changes/scenario-loss/specs/auth/spec.md')]);
    expect(delta?.messages.map((message) => message.message)).toEqual([
      'Unexpected MODIFIED "Password Reset Token Lifetime" without the scenario(s) "Token used after expiry" it has in openspec/specs/auth/spec.md, expected every scenario kept (MODIFIED replaces the whole requirement)',
    ]);
  });
});
