import { describe, expect, expectTypeOf, it } from 'vitest';
import * as testing from './index.js';
import type { InvalidCase, RuleDocCases, RuleDocInvalidCase, RuleTesterOptions, ValidCase } from './index.js';

/**
 * Plugin tests build on these names. Removing or renaming one breaks every plugin's tests, so the list changes
 * only on purpose, together with a changeset that says what changed.
 */
describe('the public API of @specloom/testing', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(testing).sort()).toEqual(['RuleTester', 'createEslintHost', 'createRemarkHost', 'engineHost', 'eslintHost', 'fixtureFolder', 'fixtureText', 'parseSpec', 'readRuleDocCases', 'readWorkspaceDocCases', 'remarkHost', 'renderSpec']);
  });

  it('gives doc cases the shape RuleTester takes', () => {
    expectTypeOf<RuleDocCases['valid'][number]>().toExtend<ValidCase>();
    expectTypeOf<RuleDocInvalidCase>().toExtend<InvalidCase>();
    expectTypeOf<RuleTesterOptions>().toHaveProperty('plugin');
    expectTypeOf<InvalidCase>().toHaveProperty('hosts');
  });
});
