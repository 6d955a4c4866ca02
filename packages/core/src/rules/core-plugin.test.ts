import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWithRules } from '../engine/testing/lint-with-rules.js';
import { CORE_PLUGIN_NAME, corePlugin } from './core-plugin.js';
import { exampleText, filledExamples, mistakeExamples, realTemplate, type RealTemplateId } from './testing/real-templates.js';
import { messageLines } from './testing/test-template.js';

const rules = corePlugin.rules!;
const ids: RealTemplateId[] = ['product', 'feature', 'design-doc', 'why-what-how', 'rfc'];
/** Later than every date in the example specs. */
const today = '2026-12-31';

describe('corePlugin', () => {
  it('is named specloom and holds the eighteen generic rules', () => {
    expect(CORE_PLUGIN_NAME).toBe('specloom');
    expect(corePlugin.name).toBe(CORE_PLUGIN_NAME);
    expect(Object.keys(rules).sort()).toEqual([
      'id-duplicate',
      'id-undefined',
      'id-unique-workspace',
      'link-relative',
      'metadata-date',
      'metadata-date-order',
      'metadata-enum',
      'metadata-pattern',
      'metadata-required',
      'metadata-unknown',
      'placeholder',
      'section-empty',
      'section-numbering',
      'section-order',
      'section-required',
      'status-checklists',
      'table-columns',
      'table-values',
    ]);
  });

  it.each(Object.entries(rules))('documents %s beside its source, with examples and a docs url', (id, rule) => {
    const doc = path.resolve(import.meta.dirname, `${id}.md`);
    expect(rule.meta.docs.url).toBe(`${corePlugin.docsUrl}/${id}.md`);
    expect(rule.meta.docs.recommended).toBe(true);
    expect(existsSync(doc)).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain('\n### Invalid\n');
    expect(text).toContain('\n### Valid\n');
    // Every message names what was expected.
    for (const message of Object.values(rule.meta.messages)) expect(message).toMatch(/expected/);
  });

  describe('all rules together', () => {
    it.each(ids)('report nothing on the filled %s example', (id) => {
      const { text, filePath } = exampleText(filledExamples[id]);
      expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath, today }))).toEqual([]);
    });

    it('find the generic mistakes listed in examples/mistakes/EXPECTED.md, and nothing else', () => {
      const lint = (id: RealTemplateId, template = realTemplate(id)) => {
        const { text, filePath } = exampleText(mistakeExamples[id]);
        return messageLines(lintWithRules(text, { rules, template, filePath, today }));
      };
      expect(lint('product')).toEqual([
        '3:15 Unexpected value "Done" for "Status", expected one of "Draft", "Approved", "In Progress", "Implemented", "Archived"',
        '5:16 Unexpected invalid date "2026-02-30" for "Created", expected a real calendar date (February 2026 has 28 days)',
        '7:17 Unexpected value "P1 Low" for "Priority", expected one of "P0 Critical", "P1 High", "P2 Medium", "P3 Low"',
        '100:3 Unexpected unfilled placeholder "[Component A]", expected real content',
      ]);
      // The inferred `Issue` pattern (`#[Number]`) would reject the issue URL: a plugin relaxes it, as here.
      const feature = realTemplate('feature');
      const relaxed = {
        ...feature,
        schema: {
          ...feature.schema,
          metadata: {
            ...feature.schema.metadata,
            fields: feature.schema.metadata.fields.map((field) =>
              field.name === 'Issue' ? { ...field, pattern: '^(?:#\\d+|https?://\\S+)$' } : field,
            ),
          },
        },
      };
      expect(lint('feature', relaxed)).toEqual([
        '4:16 Unexpected value "SPEC-2025-1-5-1" for "Spec ID", expected the format "SPEC-YYYY-MM-DD-N"',
        '8:21 Unexpected "Last Updated" date 2025-12-19 before "Created" (2026-01-05), expected on or after 2026-01-05',
        '81:7 Unexpected second definition of "FR2", expected a unique ID (first defined on line 80)',
        '113:1 Missing section "Risk Assessment", expected after "Testing Strategy"',
      ]);
      expect(lint('why-what-how')).toEqual([
        '5:13 Unexpected value "Pending" for "Status", expected one of "Draft", "Review", "Approved", "Implemented"',
        '7:19 Unexpected invalid date "2026-06-31" for "Last Updated", expected a real calendar date (June 2026 has 30 days)',
        '27:7 Unexpected second definition of "REQ-002", expected a unique ID (first defined on line 26)',
        '82:24 Unexpected reference to undefined ID "REQ-007", expected one of the defined IDs (REQ-001, REQ-002, REQ-004)',
      ]);
      expect(lint('design-doc')).toEqual([
        '1:1 Missing metadata field "author", expected by the "design-doc" template',
        '193:20 Unexpected unfilled placeholder "[Name]", expected real content',
      ]);
      expect(lint('rfc')).toEqual(['134:35 Unexpected unfilled placeholder "XXms", expected real content']);
    });
  });
});
