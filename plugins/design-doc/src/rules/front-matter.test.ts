import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { readFileSync } from 'node:fs';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './front-matter.js';

const rules = { 'design-doc/front-matter': rule };
const lint = (text: string, options: { fix?: boolean; ruleOptions?: Record<string, unknown> } = {}) =>
  lintRule(text, { rules, template: designDocTemplate, ...options });

describe('design-doc/front-matter', () => {
  const examples = readRuleDocExamples(new URL('./front-matter.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    const first = lint(examples.invalid[0]);
    const second = lint(examples.invalid[1]);
    expect([...messageLines(first), ...messageLines(second)]).toEqual(examples.messages);
    // Unknown keys warn; everything else is an error.
    expect(first.messages.map((message) => message.severity)).toEqual([2, 2, 2, 2, 1]);
    expect(second.messages.map((message) => message.severity)).toEqual([2, 2, 2]);
  });

  it('fixes misspelt keys, replacing the key only', () => {
    const fixed = lint(examples.invalid[1], { fix: true });
    expect(fixed.output).toBe(examples.invalid[1].replace('auther:', 'author:').replace('Version:', 'version:'));
    expect(messageLines(fixed)).toEqual(['7:12 Expected at least one reviewer once the status is review']);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, options: { fix?: boolean; ruleOptions?: Record<string, unknown> } = {}) =>
    lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath, ...options });

  it('accepts the YAML forms real design docs use: numeric, quoted and semver versions, flow lists, quoted dates', () => {
    for (const name of [
      'draft-roaming-hub-gateway.md',
      'review-telemetry-pipeline.md',
      'approved-payment-retry-scheduler.md',
      'implemented-charger-map-tiles.md',
      'approved-feature-flag-service.md',
    ]) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });

  it('names the missing key on the opening fence of a real document', () => {
    expect(messageLines(lintFile(fixture('invalid/missing-front-matter-key.md')))).toEqual([
      '1:1 Missing front matter key `author`, expected a name (or a list of names)',
    ]);
  });

  it('reports an empty reviewer list once the status is review, on the value', () => {
    expect(messageLines(lintFile(fixture('invalid/review-without-reviewers.md')))).toEqual([
      '7:12 Expected at least one reviewer once the status is review',
    ]);
    const missing = fixtureWith('valid/review-telemetry-pipeline.md', [['reviewers:\n  - Marcus Obi\n  - Lena Fischer\n  - Daniel Mensah\n', '']]);
    expect(messageLines(lintFile(missing))).toEqual(['1:1 Expected at least one reviewer once the status is review']);
  });

  it('fixes a status that differs only in letter case', () => {
    const file = fixtureWith('valid/approved-payment-retry-scheduler.md', [['status: approved', 'status: Approved']]);
    const result = lintFile(file);
    expect(messageLines(result)).toEqual(['5:9 Unexpected status `Approved`, expected `approved`']);
    expect(lintFile(file, { fix: true }).output).toBe(fixture('valid/approved-payment-retry-scheduler.md').text);
  });

  it('checks the version as written, not as YAML reads it', () => {
    const whole = fixtureWith('valid/draft-roaming-hub-gateway.md', [['version: 1.0', 'version: 1']]);
    expect(messageLines(lintFile(whole))).toEqual(['6:10 Unexpected version `1`, expected `1.0` or a semantic version such as `2.1.0`']);
    const minorTen = fixtureWith('valid/draft-roaming-hub-gateway.md', [['version: 1.0', 'version: 1.10']]);
    expect(messageLines(lintFile(minorTen))).toEqual([]);
  });

  it('reports a created date in the future and one that is not a calendar day', () => {
    const future = fixtureWith('valid/draft-roaming-hub-gateway.md', [['created: 2026-09-07', 'created: 2027-01-04']]);
    expect(messageLines(lintFile(future))).toEqual([
      '4:10 Unexpected created date 2027-01-04 in the future, expected on or before today (2026-11-22)',
    ]);
    const format = fixtureWith('valid/draft-roaming-hub-gateway.md', [['created: 2026-09-07', 'created: 07/09/2026']]);
    expect(messageLines(lintFile(format))).toEqual(['4:10 Unexpected created `07/09/2026`, expected an ISO date (YYYY-MM-DD)']);
  });

  it('warns about unknown keys unless the team allows them, and accepts a list of authors', () => {
    const file = fixtureWith('valid/draft-roaming-hub-gateway.md', [
      ['author: Priya Raman', 'author: [Priya Raman, Ravi Iyer]\njira: GRID-1042'],
    ]);
    const result = lintFile(file);
    expect(messageLines(result)).toEqual([
      '4:1 Unexpected front matter key `jira`, expected one of title, author, created, status, version or reviewers',
    ]);
    expect(result.messages[0].severity).toBe(1);
    expect(messageLines(lintFile(file, { ruleOptions: { 'design-doc/front-matter': { allow: ['jira'] } } }))).toEqual([]);
  });

  it('leaves the unfilled template front matter to the placeholder rule', () => {
    const text = readFileSync(new URL('../../templates/design-doc.md', import.meta.url), 'utf8');
    expect(messageLines(lint(text))).toEqual([]);
  });

  it('reports a document without front matter, and front matter that is not key-value pairs', () => {
    expect(messageLines(lint('# Notification Service\n\n## Overview\nOne delivery path.\n'))).toEqual([
      '1:1 Missing YAML front matter, expected a `---` block with title, author, created, status, version and reviewers',
    ]);
    expect(messageLines(lint('---\n- title\n- status\n---\n\n# Notification Service\n'))).toEqual([
      '1:1 Unexpected front matter that is not `key: value` pairs, expected title, author, created, status, version and reviewers',
    ]);
  });
});
