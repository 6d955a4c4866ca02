import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { createHostLintRun } from '../engine/host-lint-run.js';
import { createTestConfig, lintWithRules } from '../engine/testing/lint-with-rules.js';
import rule from './placeholder.js';
import { exampleText, filledExamples, realTemplate, realTemplateText, type RealTemplateId } from './testing/real-templates.js';
import { readRuleDocExamples } from './testing/rule-doc-examples.js';
import { fieldSchema, messageLines, sectionSchema, testTemplate } from './testing/test-template.js';

const template = testTemplate('product', {
  metadata: {
    style: 'blockquote',
    fields: [
      fieldSchema('Status', 'enum', { values: ['Draft', 'Approved'] }),
      fieldSchema('Created', 'date'),
      fieldSchema('Product', 'enum', { values: ['Station', 'Grid', 'Trace'] }),
    ],
  },
  status: { field: 'Status', values: ['Draft', 'Approved'] },
  placeholders: [
    { pattern: '\\[Feature Title\\]', description: 'unfilled template text' },
    { pattern: '\\bYYYY-MM-DD\\b', description: 'date placeholder' },
    { pattern: 'Low/Medium/High', description: 'unresolved pick-list' },
  ],
});
const rules = { placeholder: rule };
const lint = (text: string) => lintWithRules(text, { rules, template });

describe('placeholder', () => {
  const examples = readRuleDocExamples('placeholder');

  it('reports the invalid example of its docs as errors once the spec is approved', () => {
    const result = lint(examples.invalid[0]);
    expect(messageLines(result)).toEqual(examples.messages);
    expect(result.messages.map((message) => message.severity)).toEqual([2, 2, 2, 2]);
  });

  it('reports the same placeholders as warnings while the spec is a Draft', () => {
    const result = lint(examples.invalid[0].replace('**Status**: Approved', '**Status**: draft'));
    expect(messageLines(result)).toEqual(examples.messages);
    expect(result.messages.map((message) => message.severity)).toEqual([1, 1, 1, 1]);
  });

  it('accepts the valid example of its docs', () => {
    expect(messageLines(lint(examples.valid[0]))).toEqual([]);
  });

  it('ignores code blocks, inline code and HTML comments, but not headings, emphasis and link text', () => {
    const text = [
      '# Specification: Sync',
      '',
      '> **Status**: Approved',
      '',
      '```text',
      'YYYY-MM-DD',
      '```',
      '',
      '<!-- [Feature Title] goes above -->',
      '',
      '## Due YYYY-MM-DD',
      '',
      'Ship *[Feature Title]* with [YYYY-MM-DD](./plan.md), `YYYY-MM-DD` is fine.',
      '',
    ].join('\n');
    expect(messageLines(lint(text))).toEqual([
      '11:8 Unexpected unfilled placeholder "YYYY-MM-DD", expected real content',
      '13:7 Unexpected unfilled placeholder "[Feature Title]", expected real content',
      '13:30 Unexpected unfilled placeholder "YYYY-MM-DD", expected real content',
    ]);
  });

  it('finds a placeholder across a bare URL whether or not the parser makes the URL a link', () => {
    // specloom's parser leaves `someone@example.com` in the text; remark-gfm (a remark host's) splits the text
    // around a link there, and the placeholder spans the split.
    const withUrl = testTemplate('product', {
      placeholders: [{ pattern: 'e-mail: \\S+ \\(TBD\\)', description: 'unfilled contact' }],
    });
    const text = '# Sync\n\n> **Status**: Approved\n\nOwner e-mail: someone@example.com (TBD) or www.example.com.\n';
    const expected = ['5:7 Unexpected unfilled placeholder "e-mail: someone@example.com (TBD)", expected real content'];
    expect(messageLines(lintWithRules(text, { rules, template: withUrl }))).toEqual(expected);

    const hostTree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text);
    expect(hostTree.children[2]).toMatchObject({ children: [{ type: 'text' }, { type: 'link' }, { type: 'text' }, { type: 'link' }, { type: 'text' }] });
    const run = createHostLintRun(createTestConfig({ rules, template: withUrl }));
    expect(messageLines(run.lint({ filePath: 'spec.md', text, tree: hostTree }))).toEqual(expected);
  });

  it('takes generic shapes inside quotes or format descriptions as literal text, not slots', () => {
    const generic = testTemplate('rfc', {
      placeholders: [
        { pattern: '\\bYYYY-MM-DD\\b', description: 'date placeholder', generic: true },
        { pattern: '(?<![\\w-])(?:XX+(?:ms|%|s|d|h)?|X(?:ms|%|d|h))(?![\\w-])', description: 'number placeholder', generic: true },
      ],
    });
    const text = [
      '# Uptime widget',
      '',
      'The widget shows "Xh Ym uptime" and stamps rows YYYY-MM-DD HH:MM.',
      '',
      'Latency stays under XXms.',
      '',
    ].join('\n');
    expect(messageLines(lintWithRules(text, { rules, template: generic }))).toEqual([
      '5:21 Unexpected unfilled placeholder "XXms", expected real content',
    ]);
  });

  it('counts a number placeholder only in the sections where the template writes one', () => {
    const scoped = testTemplate('rfc', {
      sections: [sectionSchema('Metrics', { aliases: ['SLOs'] }), sectionSchema('Notes')],
      placeholders: [{ pattern: 'XX+ms', description: 'number placeholder', generic: true, sections: ['Metrics'] }],
    });
    const text = '# Spec\n\n## SLOs\n### Latency\n\np95 < XXms\n\n## Notes\n\nOur log format prints XXms for a missing sample.\n';
    expect(messageLines(lintWithRules(text, { rules, template: scoped }))).toEqual([
      '6:7 Unexpected unfilled placeholder "XXms", expected real content',
    ]);
  });

  it('scans YAML front matter', () => {
    const yamlTemplate = testTemplate('design-doc', {
      metadata: { style: 'front-matter', fields: [fieldSchema('created', 'date')] },
      placeholders: [
        { pattern: '\\bYYYY-MM-DD\\b', description: 'date placeholder' },
        { pattern: '\\[Reviewer 1\\]', description: 'unfilled template text' },
      ],
    });
    const text = '---\ncreated: YYYY-MM-DD\nreviewers:\n  - [Reviewer 1]\n---\n\n# Firmware rollout\n';
    expect(messageLines(lintWithRules(text, { rules, template: yamlTemplate }))).toEqual([
      '2:10 Unexpected unfilled placeholder "YYYY-MM-DD", expected real content',
      '4:5 Unexpected unfilled placeholder "[Reviewer 1]", expected real content',
    ]);
  });

  describe('on the real templates', () => {
    it('reports the slots of the product template itself, in order, with their exact positions', () => {
      const { text, filePath } = realTemplateText('product');
      const result = lintWithRules(text, { rules, template: realTemplate('product'), filePath });
      expect(messageLines(result).slice(0, 6)).toEqual([
        '1:18 Unexpected unfilled placeholder "[Feature Title]", expected real content',
        '3:15 Unexpected unresolved choice "Draft | Approved | In Progress | Implemented | Archived", expected one of the alternatives',
        '4:14 Unexpected unfilled placeholder "[Name / Role]", expected real content',
        '5:16 Unexpected unfilled placeholder "YYYY-MM-DD", expected real content',
        '6:16 Unexpected unresolved choice "Station | Grid | Trace | Cross-Product", expected one of the alternatives',
        '7:17 Unexpected unresolved choice "P0 Critical | P1 High | P2 Medium | P3 Low", expected one of the alternatives',
      ]);
    });

    it.each<RealTemplateId>(['product', 'feature', 'design-doc', 'why-what-how', 'rfc'])(
      'accepts the filled %s example',
      (id) => {
        const { text, filePath } = exampleText(filledExamples[id]);
        expect(messageLines(lintWithRules(text, { rules, template: realTemplate(id), filePath }))).toEqual([]);
      },
    );

    it('reports the left-over placeholders of the mistakes examples', () => {
      const product = exampleText('mistakes/product-grid-load-forecast.md');
      expect(messageLines(lintWithRules(product.text, { rules, template: realTemplate('product') }))).toEqual([
        '100:3 Unexpected unfilled placeholder "[Component A]", expected real content',
      ]);
      const rfc = exampleText('mistakes/rfc-usage-metering.md');
      expect(messageLines(lintWithRules(rfc.text, { rules, template: realTemplate('rfc') }))).toContain(
        '134:35 Unexpected unfilled placeholder "XXms", expected real content',
      );
    });
  });
});
