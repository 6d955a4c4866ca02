import { corePlugin, resolveConfig } from '@specloom/core/host';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { builtinPlugins } from './builtin-plugins.js';
import { createSpecloomConfig } from './create-specloom-config.js';
import plugin from './default-plugin.js';

describe('eslint-plugin-specloom', () => {
  it('has one ESLint rule per specloom rule, its meta derived from the specloom rule', async () => {
    const { rules } = await resolveConfig({}, { rootDir: process.cwd(), builtinPlugins });
    expect(Object.keys(plugin.rules ?? {}).sort()).toEqual(rules.map((loaded) => loaded.id).sort());
    for (const { id, rule } of rules) {
      const meta = plugin.rules?.[id]?.meta;
      if (!meta) throw new Error(`No ESLint rule for ${id}`);
      expect(meta, id).toMatchObject({ type: rule.meta.type, messages: rule.meta.messages, hasSuggestions: rule.meta.hasSuggestions === true });
      expect(meta.fixable, id).toBe(rule.meta.fixable);
      expect(meta.docs, id).toMatchObject({ description: rule.meta.docs.description, recommended: rule.meta.docs.recommended });
      expect(meta.docs?.url, id).toMatch(/^https:\/\/.+\.md$/);
      // Every options schema has a JSON Schema ESLint checks options with.
      expect(meta.schema, id).not.toBe(false);
    }
  });

  it('turns on in `recommended` the rules `specloom lint` runs without config, at their severity', async () => {
    const { ruleSettings } = await resolveConfig({}, { rootDir: process.cwd(), builtinPlugins });
    const expected = Object.fromEntries([...ruleSettings].map(([id, setting]) => [`specloom/${id}`, setting.severity]));
    expect(plugin.configs.recommended.rules).toEqual(expected);
    expect(plugin.configs.recommended).toMatchObject({ files: ['**/*.md'], language: 'markdown/gfm', languageOptions: { frontmatter: 'yaml' }, processor: 'specloom/specloom' });
  });

  it('lets ESLint check rule options against the rule’s own schema', async () => {
    expect(corePlugin.rules?.['metadata-unknown']?.meta.schema).toBeDefined();
    // The same rules, linting in this thread (the worker loads the built package).
    const config = await createSpecloomConfig();
    const linter = new Linter();
    const lint = (options: unknown) =>
      linter.verify(
        '',
        [config, { files: ['**/*.md'], rules: { 'specloom/metadata-unknown': ['error', options] }, settings: { specloom: { workspace: false } } }],
        { filename: 'empty.md' },
      );
    expect(lint({ allow: ['Jira'] })).toEqual([]);
    expect(() => lint({ allow: 'Jira' })).toThrow(/"specloom\/metadata-unknown".*"Jira" should be array/s);
  });
});
