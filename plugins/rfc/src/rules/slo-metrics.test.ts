import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './slo-metrics.js';

const rules = { 'rfc/slo-metrics': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/slo-metrics', () => {
  const examples = readRuleDocExamples(new URL('./slo-metrics.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports a metric that is not a number in an approved RFC, and leaves XXms to the placeholder rule', () => {
    const file = fixtureWith('valid/0008-session-events-v2.md', [['- **Error Rate**: < 0.2%', '- **Error Rate**: low']]);
    expect(messageLines(lintFile(file))).toEqual([
      '146:1 Unexpected error rate target `low`, expected a number such as `< 0.5%`',
    ]);
    const placeholder = fixtureWith('valid/0008-session-events-v2.md', [['- **Error Rate**: < 0.2%', '- **Error Rate**: < X%']]);
    expect(messageLines(lintFile(placeholder))).toEqual([]);
  });

  it('does not judge the metrics of a draft', () => {
    const file = fixtureWith('valid/0003-charger-command-queue.md', [['- **Throughput**: 300 req/sec', '- **Throughput**: to be measured']]);
    expect(messageLines(lintFile(file))).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
