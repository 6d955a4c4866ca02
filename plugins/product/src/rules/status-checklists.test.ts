import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './status-checklists.js';

const lint = (text: string) => lintProduct(text, 'status-checklists', rule);
const station = fixtureText('valid', 'station-shift-handover.md');
const withStatus = (text: string, status: string) => text.replace(/^> \*\*Status\*\*: .*$/m, `> **Status**: ${status}`);

describe('product/status-checklists', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('status-checklists');
    const results = lintDocExamples(examples, lint);
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture and the filled example', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
    const example = readFileSync(path.join(examplesDir, 'product/station-offline-sync.md'), 'utf8');
    expect(messageLines(lint(example))).toEqual([]);
  });

  it('reports an unchecked Regression Suite item of an Implemented spec', () => {
    expect(messageLines(lint(fixtureText('invalid', 'implemented-regression-unchecked.md')))).toEqual([
      '108:1 Implemented spec has an unchecked Regression Suite item: expected every item checked',
    ]);
  });

  it('holds Approved and In Progress specs to answered Commercialization questions, but not to the regression suite', () => {
    for (const status of ['Approved', 'In Progress', 'in progress']) {
      expect(messageLines(lint(withStatus(station, status))), status).toEqual([
        `68:1 ${status === 'in progress' ? 'In Progress' : status} spec has an unchecked Commercialization question: expected every question answered and checked`,
        `69:1 ${status === 'in progress' ? 'In Progress' : status} spec has an unchecked Commercialization question: expected every question answered and checked`,
        `70:1 ${status === 'in progress' ? 'In Progress' : status} spec has an unchecked Commercialization question: expected every question answered and checked`,
      ]);
    }
  });

  it('leaves Draft, Archived and unknown statuses alone', () => {
    for (const status of ['Draft', 'Archived']) expect(messageLines(lint(withStatus(station, status)))).toEqual([]);
    const mistakes = readFileSync(path.join(examplesDir, 'mistakes/product-grid-load-forecast.md'), 'utf8');
    expect(messageLines(lint(mistakes))).toEqual([]);
    expect(messageLines(lint(fixtureText('invalid', 'status-not-in-lifecycle.md')))).toEqual([]);
  });

  it('finds the checklists under British spelling and renumbered sections', () => {
    const text = replaceOnce(
      withStatus(station, 'Approved'),
      '### 5.2 Commercialization Questions',
      '### 5.2 Commercialisation Questions',
    );
    expect(messageLines(lint(text))).toHaveLength(3);
  });
});
