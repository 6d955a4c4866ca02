import { describe, expect, it } from 'vitest';
import type { Position } from '../types/document.js';
import { parseSpecDocument } from './parse-spec-document.js';
import { findIds } from './extract-ids.js';
import { testIdFamilies } from '../rules/testing/id-families.js';
import { defined } from '../defined.js';

const at = (position: Position | undefined) =>
  position &&
  `${position.start.line}:${position.start.column}-${position.end.line}:${position.end.column}`;

describe('ID occurrences', () => {
  const text = [
    '# Specification: Billing (SPEC-2025-01-31-002)', // 1
    '',
    '## Overview',
    '**ID**: SPEC-2025-01-31-002',
    '**Supersedes**: see SPEC-2024-12-01-001', // 5
    '',
    '## Requirements',
    '### REQ-001 Login',
    '- **[REQ-002]** The system MUST log in, see REQ-001.',
    '- [x] AC-1: Given a user', // 10
    '- Depends on FR1',
    '',
    '| ID | Text |',
    '|----|------|',
    '| **S-001** | mentions S-002 |', // 15
    '',
    'Prose mentions TEST-001, `AC-9` and <!-- AC-8 -->.',
    '',
    '```',
    'AC-7', // 20
    '```',
    '',
    'Escaped REQ\\_X then REQ-004.',
    '',
    '> Quoted text wraps to', // 25
    '> REQ-005 on its second line.',
  ].join('\n');
  const document = parseSpecDocument(text);

  it('tells definitions from references, and skips code, inline code and HTML', () => {
    expect(findIds(document, testIdFamilies).map((id) => [id.id, id.family, id.kind, at(id.position)])).toEqual([
      ['SPEC-2025-01-31-002', 'spec', 'definition', '1:27-1:46'],
      ['SPEC-2025-01-31-002', 'spec', 'definition', '4:9-4:28'],
      ['SPEC-2024-12-01-001', 'spec', 'reference', '5:21-5:40'],
      ['REQ-001', 'req', 'definition', '8:5-8:12'],
      ['REQ-002', 'req', 'definition', '9:6-9:13'],
      ['REQ-001', 'req', 'reference', '9:45-9:52'],
      ['AC-1', 'ac', 'definition', '10:7-10:11'],
      ['FR1', 'fr', 'reference', '11:14-11:17'],
      ['S-001', 'spike', 'definition', '15:5-15:10'],
      ['S-002', 'spike', 'reference', '15:24-15:29'],
      ['TEST-001', 'test', 'reference', '17:16-17:24'],
      ['REQ-004', 'req', 'reference', '23:21-23:28'],
      ['REQ-005', 'req', 'reference', '26:3-26:10'],
    ]);
  });

  it('gives every occurrence the exact source text and its section', () => {
    for (const id of findIds(document, testIdFamilies)) {
      expect(text.slice(id.position.start.offset, id.position.end.offset)).toBe(id.id);
    }
    expect(findIds(document, testIdFamilies).find((id) => id.id === 'S-001')?.section).toBe('REQ-001 Login');
    expect(findIds(document, testIdFamilies).find((id) => id.id === 'AC-1')?.section).toBe('REQ-001 Login');
    expect(findIds(document, testIdFamilies).find((id) => id.id === 'REQ-001')?.section).toBe('REQ-001 Login');
    expect(findIds(document, testIdFamilies)[0]?.section).toBe('Specification: Billing (SPEC-2025-01-31-002)');
  });

  it('treats an ID opening a front-matter value as a definition', () => {
    const withFrontMatter = parseSpecDocument(
      '---\nid: "SPEC-2025-02-01-001"\nrelated: [SPEC 0004, SPEC 0005]\nreplaces:\n  - SPEC 0003\n---\n',
    );
    expect(findIds(withFrontMatter, testIdFamilies).map((id) => [id.id, id.kind, at(id.position)])).toEqual([
      ['SPEC-2025-02-01-001', 'definition', '2:6-2:25'],
      ['SPEC 0004', 'definition', '3:11-3:20'],
      ['SPEC 0005', 'reference', '3:22-3:31'],
      ['SPEC 0003', 'definition', '5:5-5:14'],
    ]);
  });
});

describe('tables, checklists, code and links', () => {
  it('keeps ragged rows as written', () => {
    const document = parseSpecDocument('## Risks\n\n| A | B |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n| | ✅ 🚀 |\n');
    const table = defined(document.tables[0], 'the table');
    expect(table.section?.title).toBe('Risks');
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([['1'], ['1', '2', '3'], ['', '✅ 🚀']]);
    expect(at(table.rows[2]?.[1]?.position)).toBe('7:3-7:11');
  });

  it('reads checked and unchecked items with the text of their first paragraph', () => {
    const document = parseSpecDocument('- [x] Done **now**\n\n  More text.\n- [ ] Todo\n- Not a task\n');
    expect(document.checklists.map((item) => [item.text, item.checked, at(item.position)])).toEqual([
      ['Done now', true, '1:1-3:13'],
      ['Todo', false, '4:1-4:11'],
    ]);
    expect(document.checklists[0]?.section).toBeUndefined();
  });

  it('reads code block language and meta, and link, image and definition URLs', () => {
    const document = parseSpecDocument('```ts title="a.ts"\nconst a = 1;\n```\n\n[doc](./a.md) ![img](b.png)\n\n[ref]: https://example.com\n');
    expect(document.codeBlocks[0]).toMatchObject({ lang: 'ts', meta: 'title="a.ts"', value: 'const a = 1;' });
    expect(document.links.map((link) => [link.url, at(link.position)])).toEqual([
      ['./a.md', '5:1-5:14'],
      ['b.png', '5:15-5:28'],
      ['https://example.com', '7:1-7:27'],
    ]);
  });
});
