import type { List, ListItem } from 'mdast';
import type { SpecDocument } from '@specloom/core';
import { definedItems, type DefinedItem } from './defined-items.js';
import { blockLines, itemStatement, oneLine, withoutLeadingId } from './item-text.js';
import { definedRange } from './requirement-items.js';
import { expectedColumn, expectedLabel, inputColumn, inputLabel } from './test-case-labels.js';

/** One `TEST-NNN` test case. */
export interface TestCaseItem {
  id: string;
  /** What the test is about: its first line without the ID (`Test REQ-002 raise during a session (AC-1)`). */
  title: string;
  /** The text after its Input label (or in its Input column); null when it has none. */
  input: string | null;
  expected: string | null;
  line: number;
  range?: [number, number];
}

/** Lines of the item's own text: its paragraphs and its sub-bullets, not nested items that define IDs. */
function ownLines(item: ListItem, nested: ReadonlySet<ListItem>): string[] {
  const lines: string[] = [];
  const visitItem = (current: ListItem) => {
    for (const child of current.children) {
      if (child.type === 'paragraph') lines.push(...blockLines(child));
      else if (child.type === 'list') visitList(child);
    }
  };
  const visitList = (list: List) => {
    for (const child of list.children) if (!nested.has(child)) visitItem(child);
  };
  visitItem(item);
  return lines;
}

function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
}

/**
 * The value after each of the two labels (`Input: …`, `Expected: …`), a value running to the end of its line or
 * to the other label on the same line (`Input: 3 → Expected: 4`). The first of each wins.
 */
function labelledValues(lines: readonly string[]): { input: string | null; expected: string | null } {
  let input: string | null = null;
  let expected: string | null = null;
  for (const line of lines) {
    const labels = [
      ...[...line.matchAll(sticky(inputLabel))].map((match) => ({ kind: 'input' as const, match })),
      ...[...line.matchAll(sticky(expectedLabel))].map((match) => ({ kind: 'expected' as const, match })),
    ].sort((first, second) => first.match.index - second.match.index);
    labels.forEach(({ kind, match }, index) => {
      const end = labels[index + 1]?.match.index ?? line.length;
      const value = line.slice(match.index + match[0].length, end).replace(/[\s,;|→–—-]+$/u, '').trim();
      if (value === '') return;
      if (kind === 'input') input ??= value;
      else expected ??= value;
    });
  }
  return { input, expected };
}

function tableValues(defined: DefinedItem): { input: string | null; expected: string | null } {
  const header = defined.table?.table.header ?? [];
  const row = defined.table?.row ?? [];
  const cell = (pattern: RegExp) => {
    const index = header.findIndex((column) => pattern.test(column.text.trim()));
    const text = index === -1 ? '' : oneLine(row[index]?.text ?? '');
    return text === '' ? null : text;
  };
  return { input: cell(inputColumn), expected: cell(expectedColumn) };
}

/** Every `TEST-NNN` test case in document order, as the test-case-fields rule finds them. */
export function testCaseItems(document: SpecDocument): TestCaseItem[] {
  const definitions = definedItems(document, 'test');
  const nested = new Set(definitions.flatMap((defined) => (defined.item ? [defined.item] : [])));
  return definitions.map((defined) => {
    const id = defined.occurrence.id;
    const range = definedRange(document, defined);
    let title = '';
    let values: { input: string | null; expected: string | null } = { input: null, expected: null };
    if (defined.item) {
      // `ownLines` only tests the item's descendants against `nested`, never the item itself, so the whole set
      // serves every item (a copy without the item per item made long test lists quadratic).
      const lines = ownLines(defined.item, nested);
      title = withoutLeadingId(itemStatement(defined.item), id);
      // The statement's first line names the test; labels stand after it or, written on one line, in it.
      values = labelledValues([...lines.slice(1), ...lines.slice(0, 1)]);
    } else if (defined.table) {
      const header = defined.table.table.header;
      const titleCell = defined.table.row.find(
        (cell, index) => index > 0 && !inputColumn.test(header[index]?.text.trim() ?? '') && !expectedColumn.test(header[index]?.text.trim() ?? ''),
      );
      title = titleCell ? oneLine(titleCell.text) : '';
      values = tableValues(defined);
    }
    return { id, title, ...values, line: defined.occurrence.position.start.line, ...(range ? { range } : {}) };
  });
}
