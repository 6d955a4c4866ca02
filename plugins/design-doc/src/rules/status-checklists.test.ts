import { describe, expect, it } from 'vitest';
import { designDocTemplate } from '../templates/design-doc.js';
import { fixture, fixtureWith, lintRule, messageLines, readRuleDocExamples } from '../../test/lint-rule.js';
import rule from './status-checklists.js';

const rules = { 'design-doc/status-checklists': rule };
const lint = (text: string) => lintRule(text, { rules, template: designDocTemplate });

describe('design-doc/status-checklists', () => {
  const examples = readRuleDocExamples(new URL('./status-checklists.md', import.meta.url).pathname);

  it('reports the invalid examples of its docs', () => {
    expect(examples.invalid.flatMap((text) => messageLines(lint(text)))).toEqual(examples.messages);
  });

  it('accepts the valid examples of its docs', () => {
    for (const text of examples.valid) expect(messageLines(lint(text))).toEqual([]);
  });

  const lintFile = (file: { text: string; filePath: string }) => lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath });

  it('reports the open question of the approved invalid fixture and accepts the valid ones', () => {
    expect(messageLines(lintFile(fixture('invalid/approved-open-question-unchecked.md')))).toEqual([
      '208:1 Approved document has an unresolved open question, expected every Open Questions item checked',
    ]);
    for (const name of ['draft-roaming-hub-gateway.md', 'review-telemetry-pipeline.md', 'approved-payment-retry-scheduler.md', 'implemented-charger-map-tiles.md', 'approved-feature-flag-service.md']) {
      expect(messageLines(lintFile(fixture(`valid/${name}`))), name).toEqual([]);
    }
  });

  it('reports unchecked acceptance criteria once implemented, unless the statuses option leaves it out', () => {
    const file = fixtureWith('valid/implemented-charger-map-tiles.md', [['- [x] Security review passed', '- [ ] Security review passed']]);
    const line = file.text.split('\n').findIndex((text) => text === '- [ ] Security review passed') + 1;
    expect(messageLines(lintFile(file))).toEqual([
      `${line}:1 Implemented document has an unchecked acceptance criterion, expected every Acceptance Criteria item checked`,
    ]);
    const options = { 'design-doc/status-checklists': { statuses: ['approved'] } };
    expect(messageLines(lintRule(file.text, { rules, template: designDocTemplate, filePath: file.filePath, ruleOptions: options }))).toEqual([]);
  });
});
