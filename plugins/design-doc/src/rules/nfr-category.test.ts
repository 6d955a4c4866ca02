import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './nfr-category.js';

const rules = { 'design-doc/nfr-category': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/nfr-category', () => {
  const examples = readRuleDocExamples(new URL('./nfr-category.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports a non-functional requirement without its bold category in a real document', () => {
    const file = fixtureWith('valid/review-telemetry-pipeline.md', [['2. **Security**: TLS', '2. Security: TLS']]);
    expect(messageLines(lintFile(file))).toEqual([
      '41:1 Non-functional requirement has no category in bold, expected `**Category**: …` such as `**Security**:`',
    ]);
  });

  it('accepts the valid fixtures', () => {
    for (const name of ['draft-roaming-hub-gateway.md', 'review-telemetry-pipeline.md', 'implemented-charger-map-tiles.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });
});
