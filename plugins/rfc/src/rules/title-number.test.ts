import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './title-number.js';

const rules = { 'rfc/title-number': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/title-number', () => {
  const examples = readRuleDocExamples(new URL('./title-number.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('fixes the three-digit number of a real RFC', () => {
    const file = fixture('invalid/title-three-digits.md');
    expect(messageLines(lintFile(file))).toEqual(['1:8 Unexpected RFC number `105`, expected exactly four digits: `SPEC 0105`']);
    const fixed = lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, fix: true });
    expect(fixed.output).toBe(file.text.replace('# SPEC 105:', '# SPEC 0105:'));
  });

  it('drops extra leading zeros but cannot shorten a five-digit number', () => {
    expect(messageLines(lint('# SPEC 00007: Billing Webhooks\n'))).toEqual([
      '1:8 Unexpected RFC number `00007`, expected exactly four digits: `SPEC 0007`',
    ]);
    expect(messageLines(lint('# SPEC 12345: Billing Webhooks\n'))).toEqual([
      '1:8 Unexpected RFC number `12345`, expected exactly four digits (`SPEC NNNN`)',
    ]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
