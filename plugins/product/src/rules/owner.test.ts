import { describe, expect, it } from 'vitest';
import { fixtureNames, fixtureText, replaceOnce } from '../../test/helpers/fixtures.js';
import { lintProduct, messageLines } from '../../test/helpers/lint.js';
import { lintDocExamples, readRuleDocExamples } from '../../test/helpers/rule-docs.js';
import rule from './owner.js';

const lint = (text: string) => lintProduct(text, 'owner', rule);
const grid = fixtureText('valid', 'grid-dynamic-load-balancing.md');
const withOwner = (value: string) =>
  replaceOnce(grid, '> **Owner**: Daniel Mensah / Engineering Manager, Grid Optimisation', `> **Owner**: ${value}`);

describe('product/owner', () => {
  it('reports the invalid examples of its docs and accepts the valid ones', () => {
    const examples = readRuleDocExamples('owner');
    const results = lintDocExamples(examples, lint);
    expect(results.invalid).toEqual(examples.messages);
    expect(results.valid).toEqual([]);
  });

  it('accepts every valid fixture', () => {
    for (const name of fixtureNames('valid')) expect(messageLines(lint(fixtureText('valid', name))), name).toEqual([]);
  });

  it('accepts the usual ways of writing a name and a role', () => {
    for (const value of [
      'Daniel Mensah / EM',
      'Daniel Mensah (Engineering Manager, Grid Optimisation)',
      'Daniel Mensah – Engineering Manager',
      'Daniel Mensah, Engineering Manager',
      '@dmensah / Engineering Manager',
    ]) {
      expect(messageLines(lint(withOwner(value))), value).toEqual([]);
    }
  });

  it('reports a name without a role, a role without a name, and an address alone', () => {
    expect(messageLines(lint(withOwner('Daniel Mensah /')))).toEqual([
      '4:14 Unexpected owner "Daniel Mensah /" without a role, expected "Name / Role"',
    ]);
    expect(messageLines(lint(withOwner('daniel.mensah@voltline.io')))).toEqual([
      '4:14 Unexpected owner "daniel.mensah@voltline.io", expected "Name / Role" (who owns the spec, and their role)',
    ]);
  });

  it("leaves the template's [Name / Role] and an empty Owner to the core rules", () => {
    expect(messageLines(lint(withOwner('[Name / Role]')))).toEqual([]);
    expect(messageLines(lint(withOwner('')))).toEqual([]);
  });
});
