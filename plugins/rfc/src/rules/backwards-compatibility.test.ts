import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './backwards-compatibility.js';

const rules = { 'rfc/backwards-compatibility': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/backwards-compatibility', () => {
  const examples = readRuleDocExamples(new URL('./backwards-compatibility.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports the empty Migration Strategy of the invalid fixture', () => {
    expect(messageLines(lintFile(fixture('invalid/breaking-without-migration.md')))).toEqual([
      '107:1 Breaking changes need a Migration Strategy, expected migration steps',
    ]);
  });

  it('reports both boxes checked, and none checked once in review', () => {
    const both = fixtureWith('valid/0010-ocpi-tariff-sync.md', [['- [ ] **Breaking changes**', '- [x] **Breaking changes**']]);
    expect(messageLines(lintFile(both))).toEqual([
      '107:1 Unexpected "No breaking changes" and "Breaking changes" both checked, expected exactly one',
    ]);
    const none = fixtureWith('valid/0010-ocpi-tariff-sync.md', [['- [x] **No breaking changes**', '- [ ] **No breaking changes**']]);
    expect(messageLines(lintFile(none))).toEqual([
      '106:1 Missing compatibility decision, expected "No breaking changes" or "Breaking changes" checked once the status is review',
    ]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
