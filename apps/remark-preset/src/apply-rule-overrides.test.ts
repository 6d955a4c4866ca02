import type { ResolvedConfig } from '@specloom/core';
import { resolveConfig } from '@specloom/core/host';
import { describe, expect, it } from 'vitest';
import { applyRuleOverrides } from './apply-rule-overrides.js';
import { builtinPlugins } from './builtin-plugins.js';

function zeroConfig(rules: Record<string, unknown> = {}): Promise<ResolvedConfig> {
  return resolveConfig({ rules }, { rootDir: process.cwd(), builtinPlugins });
}

describe('applyRuleOverrides', () => {
  it('changes severities and turns rules off, in specloom and remark-lint spellings', async () => {
    const config = await applyRuleOverrides(await zeroConfig(), {
      placeholder: 'warn',
      'rfc/title-number': 'off',
      'rfc/json-valid': false,
      'section-empty': 0,
    });
    expect(config.ruleSettings.get('placeholder')?.severity).toBe('warn');
    expect(config.ruleSettings.has('rfc/title-number')).toBe(false);
    expect(config.ruleSettings.has('rfc/json-valid')).toBe(false);
    expect(config.ruleSettings.has('section-empty')).toBe(false);
    expect(config.ruleSettings.get('rfc/decision-single')).toEqual((await zeroConfig()).ruleSettings.get('rfc/decision-single'));
  });

  it('turns a rule back on at its default severity with `true`', async () => {
    const config = await applyRuleOverrides(await zeroConfig({ 'metadata-unknown': 'off' }), { 'metadata-unknown': true });
    expect(config.ruleSettings.get('metadata-unknown')).toEqual({ severity: 'warn', options: { allow: [] } });
  });

  it('sets options, and keeps the specloom config options when only a severity is given', async () => {
    const base = await zeroConfig({ 'metadata-unknown': ['warn', { allow: ['Jira'] }] });
    const withOptions = await applyRuleOverrides(base, { 'metadata-unknown': ['error', { allow: ['Sponsor'] }] });
    expect(withOptions.ruleSettings.get('metadata-unknown')).toEqual({ severity: 'error', options: { allow: ['Sponsor'] } });
    const severityOnly = await applyRuleOverrides(base, { 'metadata-unknown': 'error' });
    expect(severityOnly.ruleSettings.get('metadata-unknown')).toEqual({ severity: 'error', options: { allow: ['Jira'] } });
  });

  it('reports an unknown rule, a bad severity and bad options as the remark options', async () => {
    const config = await zeroConfig();
    await expect(applyRuleOverrides(config, { placeholdr: 'warn' })).rejects.toThrow(
      'remark-preset-lint-specloom options: "rules.placeholdr" names an unknown rule; did you mean "placeholder"?',
    );
    await expect(applyRuleOverrides(config, { placeholder: 'warning' })).rejects.toThrow(
      /^remark-preset-lint-specloom options: "rules.placeholder" has an invalid severity "warning"; expected .*did you mean "warn"/,
    );
    await expect(applyRuleOverrides(config, { 'metadata-unknown': ['warn', { allow: 'Jira' }] })).rejects.toThrow(
      /^remark-preset-lint-specloom options: "rules.metadata-unknown" has invalid options for rule "metadata-unknown"/,
    );
  });

  it('returns the config itself when there is nothing to override', async () => {
    const config = await zeroConfig();
    expect(await applyRuleOverrides(config, {})).toBe(config);
  });
});
