import type { ResolvedConfig, SeverityName } from '@specloom/core';
import { ruleDocsUrlOf } from '@specloom/core/host';
import type { CliRuntime } from '../runtime.js';
import { formatColumns } from './format-columns.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import type { ListCommandOptions } from './templates.js';

export interface RuleListing {
  id: string;
  plugin: string;
  /** As configured for this project (after defaults and the config file). */
  severity: SeverityName;
  fixable: boolean;
  recommended: boolean;
  description: string;
  url?: string;
}

export function listRules(config: ResolvedConfig): RuleListing[] {
  return config.rules.map((loaded) => ({
    id: loaded.id,
    plugin: loaded.plugin,
    severity: config.ruleSettings.get(loaded.id)?.severity ?? 'off',
    fixable: loaded.rule.meta.fixable !== undefined,
    recommended: loaded.rule.meta.docs.recommended,
    description: loaded.rule.meta.docs.description,
    url: ruleDocsUrlOf(loaded, config.plugins),
  }));
}

export interface RulesCommandOptions extends Omit<ListCommandOptions, 'format'> {
  format: ListCommandOptions['format'] | 'markdown';
}

export async function runRulesCommand(options: RulesCommandOptions, runtime: CliRuntime): Promise<number> {
  const config = await loadResolvedConfig(options.config, runtime);
  if (options.format === 'markdown') {
    const { rulesReference } = await import('./rules-reference.js');
    runtime.stdout.write(`${rulesReference(config)}\n`);
    return 0;
  }
  const rules = listRules(config);
  if (options.format === 'json') {
    runtime.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
  } else {
    runtime.stdout.write(
      formatColumns(rules.map((rule) => [rule.id, rule.severity, rule.fixable ? 'fixable' : '', rule.description])),
    );
  }
  return 0;
}
