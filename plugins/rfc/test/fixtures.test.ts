import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import designDocPlugin from '@specloom/plugin-design-doc';
import productPlugin from '@specloom/plugin-product';
import specDatedPlugin from '@specloom/plugin-spec-dated';
import rfcPlugin from '../src/index.js';

const today = '2026-11-22';
const fixturesDir = path.resolve(import.meta.dirname, 'fixtures');
const examplesDir = path.resolve(import.meta.dirname, '../../../examples');

/** Lint files as one workspace through the real engine with the built-in config: core rules plus all four plugins. */
async function lintFiles(filePaths: string[]): Promise<LintResult[]> {
  const config = await resolveConfig(
    {},
    { rootDir: path.resolve(import.meta.dirname, '../../..'), builtinPlugins: [productPlugin, specDatedPlugin, designDocPlugin, rfcPlugin] },
  );
  const inputs = filePaths.map((filePath) => ({ filePath, text: readFileSync(filePath, 'utf8') }));
  return createEngine(config).lintTexts(inputs, { today });
}

/** `line ruleId: message`, the way a failing assertion is easiest to read. */
function findings(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line} ${message.ruleId}: ${message.message}`);
}

const markdownIn = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'EXPECTED.md' && name !== 'README.md')
    .map((name) => path.join(folder, name));

describe('rfc fixtures through the real engine', () => {
  it('finds nothing in the valid fixtures, the variations and the clean example', async () => {
    const files = [
      ...markdownIn(path.join(fixturesDir, 'valid')),
      ...markdownIn(path.join(fixturesDir, 'variations')),
      path.join(examplesDir, 'rfc/0007-billing-webhooks.md'),
    ];
    for (const result of await lintFiles(files)) {
      expect(result.template, result.filePath).toBe('rfc');
      expect(findings(result), path.basename(result.filePath)).toEqual([]);
    }
  });

  /** The finding each invalid fixture's EXPECTED.md row lists, and nothing else. */
  const expected: Record<string, string[]> = {
    'title-three-digits.md': ['1 rfc/title-number: Unexpected RFC number `105`, expected exactly four digits: `SPEC 0105`'],
    '0104-filename-mismatch.md': [
      '1 rfc/file-name-number: Unexpected RFC number 0106, expected 0104 to match the file name `0104-filename-mismatch.md`',
    ],
    'reviewer-not-handle.md': ['7 rfc/reviewer-handles: Unexpected reviewer `Bob Martins`, expected an `@handle`'],
    'approved-missing-approval.md': [
      '229 status-checklists: Unexpected unchecked Approval item "Product Owner: @farah-haddad" at status approved, expected every item checked',
    ],
    'multiple-decisions-checked.md': ['191 rfc/decision-single: Expected at most one decision checked, found Approved and Deferred'],
    'breaking-without-migration.md': ['107 rfc/backwards-compatibility: Breaking changes need a Migration Strategy, expected migration steps'],
    'invalid-json-block.md': [
      '44 rfc/json-valid: Invalid JSON in code block: unexpected `}` after a trailing comma, expected valid JSON without the comma',
    ],
    'rollout-not-ending-100.md': ['118 rfc/rollout-percentages: Rollout percentages end at 50%, expected ascending steps ending at 100%'],
  };

  it('reports exactly the defect EXPECTED.md lists for each invalid fixture, linted together with the valid ones', async () => {
    const invalid = markdownIn(path.join(fixturesDir, 'invalid'));
    expect(invalid.map((file) => path.basename(file)).sort()).toEqual(Object.keys(expected).sort());
    // Together with valid/: the copies' own numbers (0101-0109) must not collide with the originals.
    const results = await lintFiles([...markdownIn(path.join(fixturesDir, 'valid')), ...invalid]);
    for (const result of results) {
      const name = path.basename(result.filePath);
      expect(findings(result), name).toEqual(expected[name] ?? []);
    }
  });

  it('fixes the three-digit title by zero-padding', async () => {
    const config = await resolveConfig({}, { rootDir: fixturesDir, builtinPlugins: [rfcPlugin] });
    const filePath = path.join(fixturesDir, 'invalid/title-three-digits.md');
    const [result] = createEngine(config).lintTexts([{ filePath, text: readFileSync(filePath, 'utf8') }], { today, fix: true });
    expect(result?.output?.split('\n')[0]).toBe('# SPEC 0105: Scoped API Keys with Expiry');
    expect(findings(result!)).toEqual([]);
  });

  it('reports a duplicate RFC number on both files of the workspace', async () => {
    const files = markdownIn(path.join(fixturesDir, 'workspace-duplicate'));
    const results = await lintFiles(files);
    expect(results.map((result) => [path.basename(result.filePath), findings(result)])).toEqual([
      [
        '0111-charger-command-queue.md',
        ['1 id-unique-workspace: Unexpected ID "SPEC 0111" also defined in "0111-scoped-api-keys.md", expected an ID unique across the workspace'],
      ],
      [
        '0111-scoped-api-keys.md',
        ['1 id-unique-workspace: Unexpected ID "SPEC 0111" also defined in "0111-charger-command-queue.md", expected an ID unique across the workspace'],
      ],
    ]);
  });

  it('reports the rfc mistakes of examples/mistakes/EXPECTED.md', async () => {
    const [result] = await lintFiles([path.join(examplesDir, 'mistakes/rfc-usage-metering.md')]);
    expect(findings(result!)).toEqual([
      '1 rfc/title-number: Unexpected RFC number `019`, expected exactly four digits: `SPEC 0019`',
      '7 rfc/reviewer-handles: Unexpected reviewer `Alice Chen`, expected an `@handle`',
      '43 rfc/json-valid: Invalid JSON in code block: unexpected `}` after a trailing comma, expected valid JSON without the comma',
      '122 rfc/rollout-percentages: Rollout percentages end at 50%, expected ascending steps ending at 100%',
      '134 placeholder: Unexpected unfilled placeholder "XXms", expected real content',
      '217 status-checklists: Unexpected unchecked Approval item "Security: @aiko-tanaka" at status approved, expected every item checked',
    ]);
  });
});
