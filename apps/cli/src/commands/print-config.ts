import type { SeverityName } from '@specloom/core';
import { createConfigIgnoreFilter, resolveEnabledRules, resolveLimits, rulesForTemplate, type Limits } from '@specloom/core/host';
import { displayPath } from '../display-path.js';
import type { CliRuntime } from '../runtime.js';
import { loadResolvedConfig } from './load-resolved-config.js';
import { explainTemplate, type TemplateExplanation } from './templates.js';

export interface PrintConfigOptions {
  config?: string;
}

/** ESLint's rule entry shape: `[severity]`, or `[severity, options]` when the rule has options. */
type RuleEntry = [Exclude<SeverityName, 'off'>] | [Exclude<SeverityName, 'off'>, unknown];

/** What `--print-config FILE` prints: the config as it applies to that one file. */
export interface PrintedConfig {
  filePath: string;
  /** The config file in effect, or null for zero config. */
  configFile: string | null;
  /** Whether the config's `ignores` leave the file out (it is then not linted at all). */
  ignored: boolean;
  /** The template the file gets and why: the same evidence as `templates --explain`. */
  template: Omit<TemplateExplanation, 'filePath'>;
  /** The rules that run on this file (its template's and the template-independent ones), by id. */
  rules: Record<string, RuleEntry>;
  settings: Record<string, unknown>;
  /** In effect, defaults included. */
  limits: Limits;
}

/**
 * `specloom --print-config FILE`, as ESLint's: the resolved config for one file as JSON — its template and the
 * evidence for it, the rules with severity and options, the settings — so "why is this rule on here?" has an
 * answer without reading plugin code.
 */
export async function runPrintConfigCommand(file: string, options: PrintConfigOptions, runtime: CliRuntime): Promise<number> {
  const config = await loadResolvedConfig(options.config, runtime);
  const explained = await explainTemplate(config, file, runtime);
  if ('error' in explained) {
    runtime.stderr.write(`specloom: ${explained.error}\n`);
    return 2;
  }
  const { filePath, ...template } = explained.explanation;
  const enabled = resolveEnabledRules(config);
  const applying = template.template === null ? { document: [], workspace: [] } : rulesForTemplate(enabled, template.template);
  const rules = [...applying.document, ...applying.workspace]
    .sort((first, second) => first.id.localeCompare(second.id))
    .map((rule): [string, RuleEntry] => {
      const severity = rule.severity === 2 ? 'error' : 'warn';
      return [rule.id, rule.options === undefined ? [severity] : [severity, rule.options]];
    });
  const printed: PrintedConfig = {
    filePath,
    configFile: config.filePath === undefined ? null : displayPath(config.filePath, runtime.cwd),
    ignored: createConfigIgnoreFilter(config)(explained.absolutePath),
    template,
    rules: Object.fromEntries(rules),
    settings: config.settings,
    limits: resolveLimits(config),
  };
  runtime.stdout.write(`${JSON.stringify(printed, null, 2)}\n`);
  return 0;
}
