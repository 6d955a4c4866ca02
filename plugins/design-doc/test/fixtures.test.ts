import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintResult } from '@specloom/core';
import { createEngine, resolveConfig } from '@specloom/core/host';
import productPlugin from '@specloom/plugin-product';
import specDatedPlugin from '@specloom/plugin-spec-dated';
import rfcPlugin from '@specloom/plugin-rfc';
import designDocPlugin from '../src/index.js';

const today = '2026-11-22';
const fixturesDir = path.resolve(import.meta.dirname, 'fixtures');
const examplesDir = path.resolve(import.meta.dirname, '../../../examples');

/** Lint files together through the real engine with the built-in config: core rules plus all four plugins. */
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

describe('design-doc fixtures through the real engine', () => {
  it('finds nothing in the valid fixtures, the variations and the clean example', async () => {
    const files = [
      ...markdownIn(path.join(fixturesDir, 'valid')),
      ...markdownIn(path.join(fixturesDir, 'variations')),
      path.join(examplesDir, 'design-doc/notification-service.md'),
    ];
    const results = await lintFiles(files);
    for (const result of results) {
      expect(result.template, result.filePath).toBe('design-doc');
      expect(findings(result), path.basename(result.filePath)).toEqual([]);
    }
  });

  /** The finding each invalid fixture's EXPECTED.md row lists, and nothing else. */
  const expected: Record<string, string[]> = {
    'missing-front-matter-key.md': ['1 design-doc/front-matter: Missing front matter key `author`, expected a name (or a list of names)'],
    'status-not-allowed.md': [
      '5 design-doc/front-matter: Unexpected status `in review`, expected one of draft, review, approved, implemented, deprecated or superseded',
    ],
    'requirement-without-keyword.md': [
      '35 design-doc/requirement-keyword: Requirement has no RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT, MAY',
    ],
    'changelog-version-mismatch.md': [
      '229 design-doc/change-log: Unexpected newest Change Log version 2.1.0, expected 2.2.0 (front matter version)',
    ],
    'risk-level-not-allowed.md': [
      '179 table-values: Unexpected Impact "Critical" for "Sidecar outage disables features", expected one of "High", "Medium", "Low"',
    ],
    'timeline-dates-not-ascending.md': [
      '122 design-doc/timeline-order: Unexpected milestone date 2026-10-09 before 2026-10-16, expected ascending dates',
    ],
    'review-without-reviewers.md': ['7 design-doc/front-matter: Expected at least one reviewer once the status is review'],
    'approved-open-question-unchecked.md': [
      '208 status-checklists: Unexpected unchecked Open Questions item "Do mobile apps evaluate remotely or locally?" at status approved, expected every item checked',
    ],
  };

  it('reports exactly the defect EXPECTED.md lists for each invalid fixture', async () => {
    const files = markdownIn(path.join(fixturesDir, 'invalid'));
    expect(files.map((file) => path.basename(file)).sort()).toEqual(Object.keys(expected).sort());
    for (const result of await lintFiles(files)) {
      expect(findings(result), path.basename(result.filePath)).toEqual(expected[path.basename(result.filePath)]);
      // An open question in an approved doc is a judgement call: a warning, not an error.
      const warnsOnly = path.basename(result.filePath) === 'approved-open-question-unchecked.md';
      expect(result.errorCount, path.basename(result.filePath)).toBe(warnsOnly ? 0 : 1);
    }
  });

  it('reports the design-doc mistakes of examples/mistakes/EXPECTED.md', async () => {
    const [result] = await lintFiles([path.join(examplesDir, 'mistakes/design-doc-firmware-rollout.md')]);
    expect(findings(result!)).toEqual([
      '1 design-doc/front-matter: Missing front matter key `author`, expected a name (or a list of names)',
      '4 design-doc/front-matter: Unexpected status `in-review`, expected one of draft, review, approved, implemented, deprecated or superseded',
      '34 design-doc/requirement-keyword: Requirement has no RFC 2119 keyword, expected one of MUST, MUST NOT, SHOULD, SHOULD NOT, MAY',
      '178 table-values: Unexpected Impact "Severe" for "Faulty firmware bricks chargers in the canary", expected one of "High", "Medium", "Low"',
      '193 placeholder: Unexpected unfilled placeholder "[Name]", expected real content',
      '234 design-doc/change-log: Unexpected newest Change Log version 1.1, expected 1.2 (front matter version)',
    ]);
  });
});
