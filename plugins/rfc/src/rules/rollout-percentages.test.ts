import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './rollout-percentages.js';

const rules = { 'rfc/rollout-percentages': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/rollout-percentages', () => {
  const examples = readRuleDocExamples(new URL('./rollout-percentages.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports the ramp of the invalid fixture that stops at 50%', () => {
    expect(messageLines(lintFile(fixture('invalid/rollout-not-ending-100.md')))).toEqual([
      '118:30 Rollout percentages end at 50%, expected ascending steps ending at 100%',
    ]);
  });

  it('reads a ramp written as a table column', () => {
    const file = fixtureWith('valid/0001-api-version-header.md', [
      ['- [x] Gradual rollout: 10% → 50% → 100%\n', '\n| Stage | Traffic |\n|-------|---------|\n| Canary | 5% |\n| Half | 50% |\n| Most | 90% |\n\n'],
    ]);
    const line = file.text.split('\n').findIndex((text) => text === '| Most | 90% |') + 1;
    expect(messageLines(lintFile(file))).toEqual([`${line}:10 Rollout percentages end at 90%, expected ascending steps ending at 100%`]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
