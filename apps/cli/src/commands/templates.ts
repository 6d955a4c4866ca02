import type { ResolvedConfig } from '@specloom/core';
import type { CliRuntime } from '../runtime.js';
import { formatColumns } from './format-columns.js';
import { loadResolvedConfig } from './load-resolved-config.js';

export type ListFormat = 'text' | 'json';

export interface ListCommandOptions {
  config?: string;
  format: ListFormat;
}

export interface TemplateListing {
  id: string;
  /** The plugin that contributes it, or `config` for a template inferred from a Markdown file in config. */
  plugin: string;
  description: string;
}

export function listTemplates(config: ResolvedConfig): TemplateListing[] {
  return config.templates.map((template) => ({
    id: template.id,
    plugin:
      config.plugins.find((plugin) => plugin.templates?.some((candidate) => candidate.id === template.id))?.name ??
      'config',
    description: template.description,
  }));
}

export async function runTemplatesCommand(options: ListCommandOptions, runtime: CliRuntime): Promise<number> {
  const templates = listTemplates(await loadResolvedConfig(options.config, runtime));
  if (options.format === 'json') {
    runtime.stdout.write(`${JSON.stringify(templates, null, 2)}\n`);
  } else {
    runtime.stdout.write(formatColumns(templates.map((template) => [template.id, template.plugin, template.description])));
  }
  return 0;
}
