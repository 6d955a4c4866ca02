import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rfcPlugin, rfcTemplate } from '../src/index.js';
import { lintRule } from './lint-rule.js';

const rules = Object.fromEntries(Object.entries(rfcPlugin.rules ?? {}).map(([name, rule]) => [`rfc/${name}`, rule]));

/** Documents no author meant to write, but that reach a linter: none may crash a rule. */
const oddTexts: Record<string, string> = {
  empty: '',
  'only a BOM and CRLF line endings': '\uFEFF---\r\ntitle: x\r\nstatus: approved\r\n---\r\n\r\n# SPEC 7: x\r\n',
  'broken YAML': '---\ntitle: [unclosed\nstatus: : :\n---\n# Title\n',
  'front matter that is a list': '---\n- a\n- b\n---\n',
  'headings without content':
    '# SPEC 0001:\n\n## Backwards Compatibility\n## Decision\n### Action Items\n## Alternatives Considered\n### Alternative 1\n## Change Log\n## Timeline\n## Glossary\n### Functional Requirements\n### Non-Functional Requirements\n## Risks and Mitigations\n### Metrics\n## Rollout Plan\n',
  'tables without rows or with ragged rows':
    '## Risks and Mitigations\n\n| Risk | Impact | Probability |\n|---|---|---|\n\n## Change Log\n\n| Version | Date |\n|---|---|\n| 1.0 |\n\n## Timeline\n\n| Milestone | Date |\n|---|---|\n| a |\n\n## Glossary\n\n| Term |\n|---|\n| x |\n\n## Rollout Plan\n\n| Traffic |\n|---|\n| 5% |\n| 150% |\n',
  'empty list items and code blocks':
    '**Status**: review\n\n### Functional Requirements\n1.\n2. `MUST`\n\n### Action Items\n- [ ]\n-\n\n**Endpoint**:\n\n**Status Codes**:\n-\n- 999\n\n```json\n```\n\n```json\n  {\n```\n',
  'deeply nested lists': `### Functional Requirements\n${Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}1. The system may nest`).join('\n')}\n`,
};

describe('rfc rules on odd input', () => {
  for (const [name, text] of Object.entries(oddTexts)) {
    it(`never crashes on ${name}`, () => {
      const result = lintRule(text, { rules, template: rfcTemplate });
      expect(result.messages.filter((message) => message.message.includes('crashed'))).toEqual([]);
    });
  }

  it('never crashes on the template itself', () => {
    const text = readFileSync(new URL(`../templates/${rfcTemplate.source?.split('/').pop()}`, import.meta.url), 'utf8');
    const result = lintRule(text, { rules, template: rfcTemplate });
    expect(result.messages.filter((message) => message.message.includes('crashed'))).toEqual([]);
  });
});
