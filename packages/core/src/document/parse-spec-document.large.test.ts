import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realTemplateFileNames, realTemplatePath } from '../rules/testing/real-templates.js';
import { parseSpecDocument } from './parse-spec-document.js';
import { findIds } from './extract-ids.js';
import { testIdFamilies } from '../rules/testing/id-families.js';

// Seconds of parsing on purpose: `*.large.test.ts` files run in the e2e project, beside the other slow tests,
// so the unit project's per-test timeout stays short.

// Alphabetical, as the files are listed in a folder.
const templates = [...realTemplateFileNames].sort();

/** Characters of the generated large spec. */
const LARGE_SPEC_BYTES = 2_000_000;

describe('large input', () => {
  /**
   * The five templates, then ~2 MB of numbered sections with prose, tables and code: 10× the largest real spec
   * in the corpus. Parsing is linear (the engine accepts up to 5 MB; past that a file gets one message unparsed),
   * so this size proves what 5 MB would, in a third of the time. The bulk holds no quotes or lists: micromark
   * 4.0.3 is quadratic in quotes and list items, which is why the root package.json pins micromark 4.0.2.
   */
  function generateLargeSpec(): string {
    const chunks = templates.map((name) => readFileSync(realTemplatePath(name), 'utf8').replace(/^---[\s\S]*?---\n/, ''));
    let size = chunks.reduce((total, chunk) => total + chunk.length, 0);
    for (let index = 1; size < LARGE_SPEC_BYTES; index++) {
      const rows = Array.from({ length: 5 }, (_, row) => `| REQ-${index}${row} | The system MUST handle case ${row} for Zoë ✅ | Draft |`);
      const prose = `Requirement group ${index} refines REQ-${index - 1} and AC-${index}; see SPEC 0007 and [the guide](./guide-${index}.md). `;
      const chunk = [
        `## ${index}. Requirement group ${index}`,
        '',
        prose.repeat(12),
        '',
        '| ID | Requirement | Status |',
        '|----|-------------|--------|',
        ...rows,
        '',
        '```ts',
        `const group = ${index};`,
        '```',
        '',
        '',
      ].join('\n');
      chunks.push(chunk);
      size += chunk.length;
    }
    return chunks.join('\n');
  }

  it('parses a generated ~2 MB document', () => {
    const text = generateLargeSpec();
    const document = parseSpecDocument(text);
    const groups = document.allSections.filter((section) => section.title.startsWith('Requirement group'));
    expect(document.text.length).toBeGreaterThanOrEqual(LARGE_SPEC_BYTES);
    expect(groups.length).toBeGreaterThan(1000);
    expect(document.tables.length).toBeGreaterThan(groups.length);
    expect(findIds(document, testIdFamilies).filter((id) => id.family === 'req' && id.kind === 'definition').length).toBeGreaterThan(groups.length * 5);
    expect(document.codeBlocks.length).toBeGreaterThan(groups.length);
    expect(document.metadata.status).toBeDefined();
  }, 600_000);
});
