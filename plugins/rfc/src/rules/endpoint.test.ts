import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './endpoint.js';

const rules = { 'rfc/endpoint': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/endpoint', () => {
  const examples = readRuleDocExamples(new URL('./endpoint.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports an endpoint without a method in a real RFC', () => {
    const file = fixtureWith('valid/0003-charger-command-queue.md', [['`POST /api/v1/chargers/{chargerId}/commands`', '`/api/v1/chargers/{chargerId}/commands`']]);
    expect(messageLines(lintFile(file))).toEqual([
      '37:15 Unexpected endpoint `/api/v1/chargers/{chargerId}/commands` without an HTTP method, expected `METHOD /path` such as `GET /api/v1/chargers/{chargerId}/commands`',
    ]);
  });

  it('fixes a lower-case method inside inline code', () => {
    const file = fixtureWith('valid/0003-charger-command-queue.md', [['`POST /api/v1/chargers', '`post /api/v1/chargers']]);
    const fixed = lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, fix: true });
    expect(fixed.output).toBe(fixture('valid/0003-charger-command-queue.md').text);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
