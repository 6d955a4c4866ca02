import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './action-items.js';

const rules = { 'rfc/action-items': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/action-items', () => {
  const examples = readRuleDocExamples(new URL('./action-items.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports an action item without a due date in a real RFC', () => {
    const file = fixtureWith('valid/0005-tenant-scoped-api-keys.md', [[' - Owner: @farah-haddad - Due: 2026-03-06', ' - Owner: @farah-haddad']]);
    expect(messageLines(lintFile(file))).toEqual(['212:1 Missing due date in action item, expected `Due: YYYY-MM-DD`']);
  });

  it('leaves the template owners and dates to the placeholder rule', () => {
    const text = readFileSync(new URL('../../templates/rfc-spec.md', import.meta.url), 'utf8');
    expect(messageLines(lint(text))).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
