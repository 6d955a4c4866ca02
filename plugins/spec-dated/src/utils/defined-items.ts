import type { ListItem, Nodes } from 'mdast';
import type { IdFamily, IdOccurrence, SpecDocument, SpecTable, TableCell } from '@specloom/core';
import { specDatedIds } from '../templates/id-families.js';
import { textSegments, type TextSegment } from './text-segments.js';

/** The block an ID definition opens: a list item (`1. **[REQ-001]** …`) or a table row (`| TEST-001 | … |`). */
export interface DefinedItem {
  occurrence: IdOccurrence;
  item?: ListItem;
  table?: { table: SpecTable; row: TableCell[] };
}

interface Opener<Value> {
  start: number;
  end: number;
  value: Value;
}

/**
 * The innermost opener holding `offset`, among openers sorted by start: the last one starting at or before it
 * that still reaches past it. Openers rarely nest (a list item's first paragraph ends before its sub-list), so the
 * walk back is short: finding the block of every ID stays near linear on specs with thousands of them.
 */
function openerAt<Value>(openers: ReadonlyArray<Opener<Value>>, offset: number): Value | undefined {
  let low = 0;
  let high = openers.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (openers[middle]!.start <= offset) {
      last = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  for (let index = last; index >= 0; index--) {
    if (offset < openers[index]!.end) return openers[index]!.value;
  }
  return undefined;
}

const itemOpeners = new WeakMap<SpecDocument, Array<Opener<ListItem>>>();

/** The list item an ID opens: the innermost item whose first child (its paragraph) holds the ID. */
function itemOpenedBy(document: SpecDocument, offset: number): ListItem | undefined {
  let openers = itemOpeners.get(document);
  if (!openers) {
    openers = document.listItems.flatMap(({ node }) => {
      const start = node.children[0]?.position?.start.offset;
      const end = node.children[0]?.position?.end.offset;
      return start === undefined || end === undefined ? [] : [{ start, end, value: node }];
    });
    openers.sort((left, right) => left.start - right.start);
    itemOpeners.set(document, openers);
  }
  return openerAt(openers, offset);
}

const rowOpeners = new WeakMap<SpecDocument, Array<Opener<NonNullable<DefinedItem['table']>>>>();

/** The table row whose first cell holds `offset`. */
function rowOpenedBy(document: SpecDocument, offset: number): DefinedItem['table'] {
  let openers = rowOpeners.get(document);
  if (!openers) {
    openers = document.tables.flatMap((table) =>
      table.rows.flatMap((row) => (row[0] ? [{ start: row[0].position.start.offset, end: row[0].position.end.offset, value: { table, row } }] : [])),
    );
    openers.sort((left, right) => left.start - right.start);
    rowOpeners.set(document, openers);
  }
  return openerAt(openers, offset);
}

/** The definitions of one ID family in document order, each with the block it opens (a list item or table row). */
export function definedItems(document: SpecDocument, family: IdFamily): DefinedItem[] {
  const defined: DefinedItem[] = [];
  const listed = new Set<string>();
  for (const occurrence of specDatedIds(document)) {
    if (occurrence.family !== family || occurrence.kind !== 'definition') continue;
    const offset = occurrence.position.start.offset;
    const item = itemOpenedBy(document, offset);
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
  const nested = definitionItems(definitions);
  return textSegments(defined.item, (node) => node.type === 'listItem' && node !== defined.item && nested.has(node));
}

const itemsOfDefinitions = new WeakMap<readonly DefinedItem[], Set<ListItem>>();

/** The list items a family's definitions open, built once per family list (not once per definition). */
function definitionItems(definitions: readonly DefinedItem[]): Set<ListItem> {
  let items = itemsOfDefinitions.get(definitions);
  if (!items) {
    items = new Set(definitions.flatMap((definition) => (definition.item ? [definition.item] : [])));
    itemsOfDefinitions.set(definitions, items);
  }
  return items;
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
  // Blank out nested definitions (keeping offsets) so their lines do not count for this item. They are found in the
  // item's own subtree, not by testing every definition of the document against its range (quadratic in long lists).
  const nested = definitionItems(definitions);
  const blanks: Array<[number, number]> = [];
  const pending: Nodes[] = [...item.children];
  while (pending.length > 0) {
    const node = pending.pop()!;
    const nodeStart = node.position?.start.offset;
    const nodeEnd = node.position?.end.offset;
    if (node.type === 'listItem' && nested.has(node) && nodeStart !== undefined && nodeEnd !== undefined && nodeStart > start && nodeEnd <= end) {
      blanks.push([nodeStart, nodeEnd]);
      continue;
    }
    if ('children' in node) pending.push(...node.children);
  }
  if (blanks.length === 0) return document.text.slice(start, end);
  blanks.sort((left, right) => left[0] - right[0]);
  const parts: string[] = [];
  let at = start;
  for (const [blankStart, blankEnd] of blanks) {
    parts.push(document.text.slice(at, blankStart), ' '.repeat(blankEnd - blankStart));
    at = blankEnd;
  }
  parts.push(document.text.slice(at, end));
  return parts.join('');
}
