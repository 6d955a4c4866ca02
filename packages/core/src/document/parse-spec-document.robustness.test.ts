import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realTemplateFileNames, realTemplatePath } from '../rules/testing/real-templates.js';
import type { SpecDocument } from '../types/document.js';
import { parseSpecDocument } from './parse-spec-document.js';
import { SpecParseError } from './spec-parse-error.js';
import { findIds } from './extract-ids.js';
import { testIdFamilies } from '../rules/testing/id-families.js';

// Alphabetical, as the files are listed in a folder.
const templates = [...realTemplateFileNames].sort();

/**
 * Everything a rule sees, as JSON: positions as line/column (offsets optional), without the tree and text.
 * String values have their line endings normalised so a CRLF copy can be compared with the LF original.
 */
function projection(document: SpecDocument, keepOffsets: boolean): unknown {
  const { tree: _tree, text: _text, lineStarts: _lineStarts, ...rest } = document;
  return JSON.parse(
    JSON.stringify(rest, (key, value) => {
      if (key === 'node' || (key === 'offset' && !keepOffsets)) return undefined;
      return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value;
    }),
  );
}

describe('line endings and BOM', () => {
  for (const name of templates) {
    const text = readFileSync(realTemplatePath(name), 'utf8');

    it(`gives a CRLF copy of ${name} the same lines and columns`, () => {
      const lf = parseSpecDocument(text);
      const crlf = parseSpecDocument(text.replace(/\n/g, '\r\n'));
      expect(crlf.lineStarts).toHaveLength(lf.lineStarts.length);
      expect(projection(crlf, false)).toEqual(projection(lf, false));
    });

    it(`gives a CR-only copy of ${name} the same lines and columns`, () => {
      const lf = parseSpecDocument(text);
      const cr = parseSpecDocument(text.replace(/\n/g, '\r'));
      expect(cr.lineStarts).toHaveLength(lf.lineStarts.length);
      expect(projection(cr, false)).toEqual(projection(lf, false));
    });

    it(`gives a BOM copy of ${name} identical results, offsets included`, () => {
      const plain = parseSpecDocument(text);
      const withBom = parseSpecDocument(`\uFEFF${text}`);
      expect(withBom.text).toBe(text);
      expect(projection(withBom, true)).toEqual(projection(plain, true));
    });
  }

  it('reads a lone CR as a line ending, like remark', () => {
    const document = parseSpecDocument('# SPEC 0001: X\r\r**Status**: draft\r## Summary\r');
    expect(document.metadata.status?.valuePosition.start).toEqual({ line: 3, column: 13, offset: 28 });
    expect(document.allSections[1]?.position.start.line).toBe(4);
  });
});

describe('unusual input', () => {
  it('parses the empty string', () => {
    const document = parseSpecDocument('');
    expect(document).toMatchObject({
      text: '',
      metadata: {},
      metadataEntries: [],
      sections: [],
      allSections: [],
      tables: [],
      checklists: [],
      codeBlocks: [],
      links: [],
      ids: [],
      lineStarts: [0],
    });
    expect(document.title).toBeUndefined();
    expect(document.frontMatter).toBeUndefined();
    expect(document.tree.type).toBe('root');
  });

  it('keeps headings that are only markers', () => {
    const document = parseSpecDocument('#\n\n## *(optional)*\n\n### 4.\n');
    expect(document.allSections.map((section) => [section.level, section.number, section.title, section.markedOptional])).toEqual([
      [1, undefined, '', false],
      [2, undefined, '', true],
      [3, '4', '', false],
    ]);
    expect(document.title).toMatchObject({ text: '', parts: {} });
  });

  it('treats a section holding only HTML comments as empty', () => {
    const document = parseSpecDocument('## Notes\n\n<!-- fill in later -->\n\n## Links\n\nSee <!-- x --> text.\n');
    expect(document.allSections.map((section) => section.empty)).toEqual([true, false]);
    expect(document.allSections[0]?.contentPosition.end.line).toBe(5);
  });

  it('parses nesting up to the depth limit, and with a higher limit deeper still', () => {
    const document = parseSpecDocument(`${'> '.repeat(100)}REQ-001 deep\n`);
    expect(findIds(document, testIdFamilies)).toHaveLength(1);
    expect(findIds(document, testIdFamilies)[0]?.position.start.column).toBe(201);
    const deeper = parseSpecDocument(`${'> '.repeat(2000)}REQ-001 deep\n`, { maxNestingDepth: 2000 });
    expect(findIds(deeper, testIdFamilies)[0]?.position.start.column).toBe(4001);
  });

  it('refuses nesting past the limit before the parser runs, naming the line and the limit', () => {
    const shapes = [
      `# Spec\n\n${'>'.repeat(8000)}\n`,
      `# Spec\n\n${'- '.repeat(5000)}x\n`,
      `# Spec\n\n${'1. '.repeat(101)}x\n`,
      `# Spec\n\n${Array.from({ length: 300 }, (_, level) => `${'  '.repeat(level)}- item`).join('\n')}\n`,
      `# Spec\n\n${Array.from({ length: 300 }, (_, level) => `${'>'.repeat(level + 1)} quote`).join('\n')}\n`,
    ];
    // The 8,000 `>` overflow micromark's stack: the nesting message (not a stack overflow) shows the check ran first.
    for (const text of shapes) {
      expect(() => parseSpecDocument(text)).toThrow(SpecParseError);
      expect(() => parseSpecDocument(text)).toThrow(/^Unexpected nesting 101 levels deep on line \d+, expected at most 100 \(limits\.maxNestingDepth\)$/u);
    }
  });

  it('refuses inline nesting past the limit, found in the tree', () => {
    const nested = `${'*a _b '.repeat(60)}x${' b_ a*'.repeat(60)}`;
    expect(() => parseSpecDocument(`# Spec\n\n${nested}\n`)).toThrow(/^Unexpected nesting 101 levels deep on line 3, expected at most 100/u);
  });

  it('never throws on random Markdown-ish input and keeps positions inside the text', () => {
    // A seeded generator keeps the run reproducible.
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['#', ' ', '\n', '\r\n', '\r', '|', '-', '*', '**', '>', '[', ']', '(', ')', '`', '```', ':', '---',
      'REQ-001', 'SPEC 12', 'x', 'Zoë', '🚀', '\t', '<!--', '-->', '1.', '[ ]', '\\', '\uFEFF', 'key: [', '_'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let index = 0; index < length; index++) text += pieces[Math.floor(random() * pieces.length)];
      const document = parseSpecDocument(text);
      const positions = [
        ...document.metadataEntries.flatMap((entry) => [entry.position, entry.valuePosition, entry.keyPosition]),
        ...document.allSections.flatMap((section) => [section.position, section.contentPosition]),
        ...findIds(document, testIdFamilies).map((id) => id.position),
        ...document.tables.flatMap((table) => table.rows.flat().map((cell) => cell.position)),
      ];
      for (const position of positions) {
        expect(position.start.offset).toBeLessThanOrEqual(position.end.offset);
        expect(position.end.offset).toBeLessThanOrEqual(document.text.length);
      }
    }
  });
});
