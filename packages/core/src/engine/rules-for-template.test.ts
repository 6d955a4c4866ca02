import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../config/resolve-config.js';
import type { DocumentRule, SpecloomPlugin, TemplateDefinition } from '../types/index.js';
import { createEngine } from './create-engine.js';

function templateFor(id: string, marker: string): TemplateDefinition {
  return {
    id,
    description: `${id} documents`,
    schema: { id, metadata: { style: 'bold-lines', fields: [], allowUnknown: true }, sections: [], placeholders: [] },
    detect: (document) => (document.title?.text.startsWith(marker) ? 1 : 0),
  };
}

const flagEveryDocument = (templates?: string[]): DocumentRule => ({
  meta: {
    type: 'problem',
    docs: { description: 'Flags every document it runs on', recommended: true },
    messages: { seen: 'Seen' },
    templates,
  },
  create: (context) => ({ document: () => context.report({ messageId: 'seen' }) }),
});

const alpha: SpecloomPlugin = { name: 'alpha', templates: [templateFor('alpha', 'Alpha')], rules: { seen: flagEveryDocument() } };
const beta: SpecloomPlugin = { name: 'beta', templates: [templateFor('beta', 'Beta')], rules: { seen: flagEveryDocument() } };
const org: SpecloomPlugin = { name: 'org', rules: { everywhere: flagEveryDocument(), 'beta-only': flagEveryDocument(['beta']) } };

describe('which rules run on which documents', () => {
  it("runs a plugin's rules only on its own templates, template-less plugins' rules on all, and honours meta.templates", async () => {
    const config = await resolveConfig({ plugins: [org] }, { rootDir: process.cwd(), builtinPlugins: [alpha, beta] });
    const results = createEngine(config).lintTexts([
      { text: '# Alpha one\n', filePath: 'a.md' },
      { text: '# Beta one\n', filePath: 'b.md' },
    ]);
    // Core rules (unprefixed) run on every template too; this test is about the plugins' rules.
    const ruleIds = results.map((result) =>
      result.messages.flatMap((message) => (message.ruleId?.includes('/') ? [message.ruleId] : [])).sort(),
    );
    expect(ruleIds).toEqual([
      ['alpha/seen', 'org/everywhere'],
      ['beta/seen', 'org/beta-only', 'org/everywhere'],
    ]);
  });
});
