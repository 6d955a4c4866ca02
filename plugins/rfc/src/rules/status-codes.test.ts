import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './status-codes.js';

const rules = { 'rfc/status-codes': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/status-codes', () => {
  const examples = readRuleDocExamples(new URL('./status-codes.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports an unregistered code in a real RFC', () => {
    const file = fixtureWith('valid/0003-charger-command-queue.md', [['- `409 Conflict`', '- `419 Conflict`']]);
    expect(messageLines(lintFile(file))).toEqual([
      '65:1 Unexpected HTTP status code 419, expected a registered status code such as 200 OK or 404 Not Found',
    ]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
