import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './decision-status.js';

const rules = { 'rfc/decision-status': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/decision-status', () => {
  const examples = readRuleDocExamples(new URL('./decision-status.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports an approved RFC whose decision is still open, and warns about a decided draft', () => {
    const open = fixtureWith('valid/0001-api-version-header.md', [['- [x] **Approved**', '- [ ] **Approved**']]);
    expect(messageLines(lintFile(open))).toEqual([
      '189:1 Unexpected decision for an approved RFC: nothing checked, expected **Approved** checked',
    ]);
    const decidedDraft = fixtureWith('valid/0003-charger-command-queue.md', [['- [ ] **Deferred**', '- [x] **Deferred**']]);
    const result = lintFile(decidedDraft);
    expect(messageLines(result)).toEqual([
      '209:1 Unexpected decision **Deferred** checked while the status is draft, expected no decision before review',
    ]);
    expect(result.messages[0].severity).toBe(1);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
