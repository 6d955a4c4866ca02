import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig, SpecDocument, TemplateDefinition } from '../types/index.js';
import { createEngine } from './create-engine.js';

function template(id: string, detect?: (document: SpecDocument) => number): TemplateDefinition {
  return {
    id,
    description: `${id} template`,
    schema: { id, metadata: { style: 'bold-lines', fields: [] }, sections: [], placeholders: [] },
    detect,
  };
}

const rootDir = path.resolve('/work/project');

function engineWith(templates: TemplateDefinition[], templateGlobs: ResolvedConfig['templateGlobs'] = []) {
  return createEngine({
    rootDir,
    plugins: [],
    templates,
    templateGlobs,
    rules: [],
    ruleSettings: new Map(),
    renderers: [],
    ignores: [],
    settings: {},
  });
}

const rfcLike = template('rfc', (document) => (document.title?.text.startsWith('SPEC 0') ? 0.9 : 0));
const vague = template('vague', () => 0.6);
const feature = template('feature');

const rfcText = '# SPEC 0007: Billing\n\nText.\n';

describe('template assignment', () => {
  it('uses the highest detect score of at least 0.5', () => {
    const engine = engineWith([vague, rfcLike, feature]);
    expect(engine.parse({ text: rfcText, filePath: path.join(rootDir, 'docs/x.md') }).template).toBe('rfc');
    expect(engine.parse({ text: '# Other\n', filePath: path.join(rootDir, 'docs/x.md') }).template).toBe('vague');
    const [result] = engineWith([template('low', () => 0.49)]).lintTexts([{ text: rfcText }]);
    expect(result).toMatchObject({ template: null, messages: [], errorCount: 0, note: 'No specloom template matched this file; skipped.' });
  });

  it('lets a config glob win over detection', () => {
    const engine = engineWith([vague, rfcLike, feature], [{ glob: 'docs/features/**/*.md', templateId: 'feature' }]);
    expect(engine.parse({ text: rfcText, filePath: path.join(rootDir, 'docs/features/billing/spec.md') }).template).toBe('feature');
    expect(engine.parse({ text: rfcText, filePath: path.join(rootDir, 'docs/other.md') }).template).toBe('rfc');
    // Relative paths are taken relative to the config folder.
    expect(engine.parse({ text: rfcText, filePath: 'docs/features/a.md' }).template).toBe('feature');
  });

  it('lets front matter `template:` win over globs and detection', () => {
    const engine = engineWith([vague, rfcLike, feature], [{ glob: '**', templateId: 'feature' }]);
    const text = '---\ntitle: Billing\ntemplate: vague\n---\n# SPEC 0007: Billing\n';
    expect(engine.parse({ text, filePath: path.join(rootDir, 'x.md') }).template).toBe('vague');
  });

  it('reports an unknown front matter template on its line, naming the known ones', () => {
    const engine = engineWith([vague, rfcLike, feature]);
    const [result] = engine.lintTexts([{ text: '---\ntitle: Billing\ntemplate: rfcc\n---\n# SPEC 0007: Billing\n', filePath: 'x.md' }]);
    expect(result).toBeDefined();
    expect(result?.template).toBeNull();
    expect(result?.note).toBeUndefined();
    expect(result?.messages).toEqual([
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        message: 'Unexpected unknown template `rfcc` in front matter `template`, expected one of `vague`, `rfc`, `feature`',
        line: 3,
        column: 1,
        endLine: 3,
        endColumn: 15,
      },
    ]);
  });
});
