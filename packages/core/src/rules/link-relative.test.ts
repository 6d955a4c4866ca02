import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../engine/create-engine.js';
import { createTestConfig, lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './link-relative.js';
import { exampleText, filledExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { messageLines } from './testing/test-template.js';

const rules = { 'link-relative': rule };
let workspace: string;
let specPath: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'specloom-link-relative-'));
  mkdirSync(path.join(workspace, 'specs', 'adr'), { recursive: true });
  writeFileSync(path.join(workspace, 'specs', 'adr', '0001-use-postgres.md'), '# ADR 1: Use Postgres\n');
  writeFileSync(path.join(workspace, 'specs', 'run book.md'), '# Run book\n');
  specPath = path.join(workspace, 'specs', 'billing-webhooks.md');
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

const lint = (text: string, filePath = specPath) => lintWithRules(text, { rules, filePath });

describe('link-relative', () => {
  const examples = readRuleDocExamples('link-relative');

  it('reports the invalid example of its docs as a warning', () => {
    const result = lint(examples.invalid[0]);
    expect(messageLines(result)).toEqual(examples.messages);
    expect(result.messages[0]?.severity).toBe(1);
  });

  it('accepts the valid example of its docs', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it('decodes escapes, strips queries and skips links that are not relative files', () => {
    const text = [
      '# Links',
      '',
      '[Run book](run%20book.md?plain=1) [Home](https://example.com/x.md) [Top](#links) [CDN](//cdn.example.com/a.md)',
      '[Root](/docs/missing.md) [Mail](mailto:team@example.com) [Ref][adr]',
      '',
      '[adr]: ./adr/0003-missing.md',
      '',
    ].join('\n');
    expect(messageLines(lint(text))).toEqual([
      '6:1 Unexpected link to missing file "./adr/0003-missing.md", expected an existing file relative to this document',
    ]);
  });

  it('skips text that has no file path of its own', () => {
    const results = createEngine(createTestConfig({ rules })).lintTexts([{ text: '# Links\n\n[x](missing.md)\n' }]);
    expect(results.map((result) => messageLines(result))).toEqual([[]]);
  });

  it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
    'lints the links of the filled %s example against its own folder',
    (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
    },
  );
});
