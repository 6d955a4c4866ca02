import { readFileSync } from 'node:fs';
import markdown from '@eslint/markdown';
import type { LoadedRule, SeverityName, SpecloomPlugin } from '@specloom/core';
import type { ESLint, Linter } from 'eslint';
import { createEslintRule } from './create-eslint-rule.js';
import type { LintBackend } from './lint-request.js';
import { specloomProcessor } from './specloom-processor.js';

/** The namespace of the plugin in ESLint configs: rule ids are `specloom/placeholder`, `specloom/rfc/title-number`. */
export const PLUGIN_NAMESPACE = 'specloom';

/** The package's own version (`dist/` and `src/` both sit one folder below package.json), as ESLint's cache keys on it. */
const PLUGIN_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export interface SpecloomEslintPlugin extends ESLint.Plugin {
  configs: { recommended: Linter.Config };
}

export interface EslintPluginSource {
  /** Every rule, as specloom loads them (core's, then the plugins' in order). */
  rules: LoadedRule[];
  /** The specloom plugins, for their rules' documentation urls. */
  plugins: SpecloomPlugin[];
  /** The rules `recommended` turns on, at their severity. */
  enabled: Map<string, Exclude<SeverityName, 'off'>>;
  backend: LintBackend;
}

/**
 * An ESLint plugin over specloom rules: one ESLint rule per specloom rule, the processor, and `recommended`: Markdown
 * files in `markdown/gfm` with YAML front matter (what specloom parses), the enabled rules at their severity.
 */
export function createEslintPlugin(source: EslintPluginSource): SpecloomEslintPlugin {
  const docsUrls = new Map(source.plugins.map((plugin) => [plugin.name, plugin.docsUrl]));
  const rules = Object.fromEntries(
    source.rules.map((loaded) => [loaded.id, createEslintRule(loaded, docsUrls.get(loaded.plugin), source.backend)]),
  );
  const plugin: SpecloomEslintPlugin = {
    meta: { name: 'eslint-plugin-specloom', version: PLUGIN_VERSION },
    rules: rules as unknown as ESLint.Plugin['rules'],
    processors: { specloom: specloomProcessor },
    configs: { recommended: {} },
  };
  plugin.configs.recommended = {
    name: 'specloom/recommended',
    files: ['**/*.md'],
    plugins: { markdown: markdown as unknown as ESLint.Plugin, [PLUGIN_NAMESPACE]: plugin },
    language: 'markdown/gfm',
    languageOptions: { frontmatter: 'yaml' },
    processor: `${PLUGIN_NAMESPACE}/specloom`,
    rules: Object.fromEntries([...source.enabled].map(([id, severity]) => [`${PLUGIN_NAMESPACE}/${id}`, severity])),
  };
  return plugin;
}
