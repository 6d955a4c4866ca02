import { describe, expect, it, vi } from 'vitest';
import { closestMatch, editDistance } from './closest-match.js';

vi.mock('../rules/core-plugin.js', () => ({ CORE_PLUGIN_NAME: 'core', corePlugin: { name: 'core' } }));

const { ruleIdFor, splitRuleId, suggestRuleId } = await import('./rule-ids.js');

describe('rule ids', () => {
  it('prefixes rule names with the plugin name, except for the core plugin', () => {
    expect(ruleIdFor('rfc', 'decision-single')).toBe('rfc/decision-single');
    expect(ruleIdFor('core', 'section-required')).toBe('section-required');
  });

  it('splits ids back, keeping scoped plugin names whole', () => {
    expect(splitRuleId('rfc/decision-single')).toEqual({ pluginName: 'rfc', ruleName: 'decision-single' });
    expect(splitRuleId('@acme/specs/owner-required')).toEqual({ pluginName: '@acme/specs', ruleName: 'owner-required' });
    expect(splitRuleId('section-required')).toEqual({ pluginName: 'core', ruleName: 'section-required' });
  });

  it('suggests the id a typo or a missing prefix meant, and nothing for unrelated ids', () => {
    const known = ['section-required', 'rfc/decision-single', 'product/owner-required'];
    expect(suggestRuleId('section-requried', known)).toBe('section-required');
    expect(suggestRuleId('owner-required', known)).toBe('product/owner-required');
    expect(suggestRuleId('core/section-required', known)).toBe('section-required');
    expect(suggestRuleId('table-columns', known)).toBeUndefined();
  });
});

describe('closestMatch', () => {
  it('counts single-character edits', () => {
    expect(editDistance('warn', 'warning')).toBe(3);
    expect(editDistance('rules', 'rule')).toBe(1);
    expect(editDistance('', 'off')).toBe(3);
  });

  it('ignores case and refuses far-off candidates', () => {
    expect(closestMatch('Warning', ['off', 'warn', 'error'])).toBe('warn');
    expect(closestMatch('x', ['off', 'warn', 'error'])).toBeUndefined();
  });
});
