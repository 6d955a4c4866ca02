import { describe, expect, it } from 'vitest';
import { rfcTemplate } from '../templates/rfc.js';
import { fixture, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './json-valid.js';

const rules = { 'rfc/json-valid': rule };
const lint = (text: string) => lintRule(text, { rules, template: rfcTemplate, filePath: '0104-ocpi-tariff-sync.md' });

describe('rfc/json-valid', () => {
  const examples = readRuleDocExamples(new URL('./json-valid.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }, ruleOptions?: Record<string, unknown>) =>
    lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, ruleOptions });

  it('reports the trailing comma of the invalid fixture on its line and fixes it', () => {
    const file = fixture('invalid/invalid-json-block.md');
    expect(messageLines(lintFile(file))).toEqual([
      '44:39 Invalid JSON in code block: unexpected `}` after a trailing comma, expected valid JSON without the comma',
    ]);
    const fixed = lintRule(file.text, { rules, template: rfcTemplate, filePath: file.filePath, fix: true });
    expect(fixed.output).toBe(fixture('valid/0005-tenant-scoped-api-keys.md').text.replace('# SPEC 0005:', '# SPEC 0108:'));
  });

  it('maps positions of a json block indented in a list item', () => {
    const text = ['# SPEC 0005: Scoped API Keys', '', '- **Request**:', '  ```json', '  {', '    "name": ERP', '  }', '  ```', ''].join('\n');
    expect(messageLines(lint(text))).toEqual(['6:13 Invalid JSON in code block: unexpected `ERP`, expected a JSON value']);
  });

  it('accepts every valid fixture', () => {
    for (const name of ['0001-api-version-header.md', '0003-charger-command-queue.md', '0005-tenant-scoped-api-keys.md', '0008-session-events-v2.md', '0010-ocpi-tariff-sync.md', '0012-remove-xml-exports.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
