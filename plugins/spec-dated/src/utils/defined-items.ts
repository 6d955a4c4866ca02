import type { ListItem, Nodes } from 'mdast';
import type { IdFamily, IdOccurrence, SpecDocument, SpecTable, TableCell } from '@specloom/core';
import { textSegments, type TextSegment } from './text-segments.js';

/** The block an ID definition opens: a list item (`1. **[REQ-001]** …`) or a table row (`| TEST-001 | … |`). */
export interface DefinedItem {
  occurrence: IdOccurrence;
  item?: ListItem;
  table?: { table: SpecTable; row: TableCell[] };
}

function contains(node: Nodes, offset: number): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined && offset >= start && offset < end;
}

/** The list item an ID opens: the innermost item whose first paragraph holds the ID. */
function itemOpenedBy(items: readonly ListItem[], offset: number): ListItem | undefined {
  let innermost: ListItem | undefined;
  for (const item of items) {
    const first = item.children[0];
    if (first && contains(first, offset)) innermost = item;
  }
  return innermost;
}

function rowOpenedBy(document: SpecDocument, offset: number): DefinedItem['table'] {
  for (const table of document.tables) {
    for (const row of table.rows) {
      const first = row[0];
      if (first && offset >= first.position.start.offset && offset < first.position.end.offset) return { table, row };
    }
  }
  return undefined;
}

/**
 * The definitions of one ID family in document order, each with the block it opens. `items` are the
 * document's list items in document order (collected by a `listItem` visitor during the engine's traversal).
 */
export function definedItems(document: SpecDocument, family: IdFamily, items: readonly ListItem[]): DefinedItem[] {
  const defined: DefinedItem[] = [];
  const listed = new Set<string>();
  for (const occurrence of document.ids) {
    if (occurrence.family !== family || occurrence.kind !== 'definition') continue;
    const offset = occurrence.position.start.offset;
    const item = itemOpenedBy(items, offset);
    // A later item opening with an ID defined above talks about it (`- REQ-006 (security keys) shipped early`
    // under Implementation Notes): a reference, not a second requirement.
    if (item && listed.has(occurrence.id.toUpperCase())) continue;
    if (item) {
      listed.add(occurrence.id.toUpperCase());
      defined.push({ occurrence, item });
      continue;
    }
    const table = rowOpenedBy(document, offset);
    // A traceability table (`| REQ-001 | AC-1 | TEST-001 |`) repeats IDs defined above or only maps IDs to
    // IDs: its rows are cross-references, not requirements, criteria or tests of their own.
    if (table && (listed.has(occurrence.id.toUpperCase()) || onlyIds(table.row.slice(1)))) continue;
    defined.push(table ? { occurrence, table } : { occurrence });
  }
  return defined;
}

/** Cells holding nothing but IDs and separators (`AC-1, AC-2`, `TEST-003`, `—`). */
function onlyIds(cells: readonly TableCell[]): boolean {
  const idList = /^(?:[A-Z]+-?\d+|[\s,;/&+–—-]|and|n\/a)*$/i;
  return cells.some((cell) => cell.text.trim() !== '') && cells.every((cell) => idList.test(cell.text.trim()));
}

/**
 * The prose of a defined list item: its text without nested list items that open definitions of their own
 * (a requirement's sub-bullets belong to it; a nested requirement does not).
 */
export function ownSegments(defined: DefinedItem, definitions: readonly DefinedItem[]): TextSegment[] {
  if (!defined.item) return [];
  const nested = new Set(definitions.map((other) => other.item).filter((item) => item && item !== defined.item));
  return textSegments(defined.item, (node) => node.type === 'listItem' && nested.has(node));
}

/** The first paragraph of a defined list item: the statement itself, without notes or sub-bullets. */
export function statementSegments(defined: DefinedItem): TextSegment[] {
  const first = defined.item?.children[0];
  return first?.type === 'paragraph' ? textSegments(first) : [];
}

/** Source range of a list item without nested definitions, for checks that read its lines. */
export function ownSourceText(document: SpecDocument, defined: DefinedItem, definitions: readonly DefinedItem[]): string {
  const item = defined.item;
  if (!item?.position) return '';
  const start = item.position.start.offset ?? 0;
  const end = item.position.end.offset ?? start;
  let text = document.text.slice(start, end);
  // Blank out nested definitions (keeping offsets) so their lines do not count for this item.
  for (const other of definitions) {
    const otherStart = other.item?.position?.start.offset;
    const otherEnd = other.item?.position?.end.offset;
    if (other === defined || otherStart === undefined || otherEnd === undefined) continue;
    if (otherStart > start && otherEnd <= end) {
      text = text.slice(0, otherStart - start) + ' '.repeat(otherEnd - otherStart) + text.slice(otherEnd - start);
    }
  }
  return text;
}
