import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './file-name-number.js';

const rules = { 'rfc/file-name-number': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/file-name-number', () => {
  const examples = readRuleDocExamples(new URL('./file-name-number.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports the mismatch of the invalid fixture and ignores names without a leading number', () => {
    expect(messageLines(lintFile(fixture('invalid/0104-filename-mismatch.md')))).toEqual([
      '1:8 Unexpected RFC number 0106, expected 0104 to match the file name `0104-filename-mismatch.md`',
    ]);
    expect(messageLines(lintFile(fixture('invalid/title-three-digits.md')))).toEqual([]);
    const dated = { ...fixture('valid/0010-ocpi-tariff-sync.md'), filePath: '2026-08-17-ocpi-tariff-sync.md' };
    expect(messageLines(lintFile(dated))).toEqual([]);
    const unpadded = { ...fixture('valid/0010-ocpi-tariff-sync.md'), filePath: '10-ocpi-tariff-sync.md' };
    expect(messageLines(lintFile(unpadded))).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
