import { plainText, sectionBlocks, type IdFamily, type Section, type SpecDocument } from '@specloom/core';
import { definedItems, ownSegments, type DefinedItem } from './defined-items.js';
import { itemStatement, oneLine, withoutLeadingId } from './item-text.js';
import { nfrBullets } from './nfr-bullets.js';
import { keywordPattern } from './rfc2119.js';
import { findInSegments, textSegments, type TextSegment } from './text-segments.js';

export type RequirementKind = 'FR' | 'NFR' | 'REQ';

/** One requirement as a reader sees it, with where it stands. */
export interface RequirementItem {
  /** As written (`REQ-001`, `FR2`); null for why/what/how's `- **Performance**: …` bullets, which carry none. */
  id: string | null;
  kind: RequirementKind;
  /** The first RFC 2119 keyword in capitals (`MUST`, `SHALL NOT`), as the requirement-keyword rule finds it. */
  keyword: string | null;
  text: string;
  line: number;
  /** The task checkbox of `- [x] FR1: …`; null without one. */
  checked: boolean | null;
  /** Source range the requirement owns (its item, row or section), for linking the IDs written in it. */
  range: [number, number];
}

const kinds: Array<[IdFamily, RequirementKind]> = [
  ['req', 'REQ'],
  ['fr', 'FR'],
  ['nfr', 'NFR'],
];

/** The section whose heading holds `offset`: an ID defined by a heading owns that section. */
export function headingSection(document: SpecDocument, offset: number): Section | undefined {
  return document.allSections.find((section) => offset >= section.position.start.offset && offset < section.position.end.offset);
}

/** Source range of a defined item: its list item, table row or heading section; undefined otherwise. */
export function definedRange(document: SpecDocument, defined: DefinedItem): [number, number] | undefined {
  if (defined.item?.position) return [defined.item.position.start.offset ?? 0, defined.item.position.end.offset ?? 0];
  if (defined.table) {
    const cells = defined.table.row;
    // A defined row holds its ID cell at least.
    return [cells[0]!.position.start.offset, cells.at(-1)!.position.end.offset];
  }
  const section = headingSection(document, defined.occurrence.position.start.offset);
  return section ? [section.position.start.offset, section.contentPosition.end.offset] : undefined;
}

/** Cells after the ID cell as text segments, as the rules read a table row. */
export function rowSegments(defined: DefinedItem): TextSegment[] {
  return (defined.table?.row.slice(1) ?? []).map((cell) => ({
    value: cell.text,
    start: cell.position.start.offset,
    end: cell.position.end.offset,
  }));
}

function firstKeyword(segments: readonly TextSegment[], source: string): string | null {
  return findInSegments(segments, keywordPattern, source)[0]?.text ?? null;
}

function statementText(document: SpecDocument, defined: DefinedItem): string {
  const id = defined.occurrence.id;
  if (defined.item) return withoutLeadingId(itemStatement(defined.item), id);
  if (defined.table) return defined.table.row.slice(1).map((cell) => oneLine(cell.text)).filter(Boolean).join(' | ');
  const section = headingSection(document, defined.occurrence.position.start.offset);
  if (!section) return '';
  const title = withoutLeadingId(oneLine(section.rawTitle), id);
  const firstParagraph = sectionBlocks(document, section, { nested: false }).find((block) => block.type === 'paragraph');
  return title !== '' ? title : firstParagraph ? oneLine(plainText(firstParagraph)) : '';
}

/** A heading-defined requirement's own words: its heading and the blocks before its first sub-heading. */
function sectionSegments(document: SpecDocument, section: Section): TextSegment[] {
  return [section.node, ...sectionBlocks(document, section, { nested: false })].flatMap((node) => textSegments(node));
}

/**
 * The document's requirements in document order: FR/NFR/REQ definitions (list items, table rows, headings;
 * rows of a traceability table are cross-references, see `definedItems`) and why/what/how's ID-less
 * non-functional bullets.
 */
export function requirementItems(document: SpecDocument): RequirementItem[] {
  const found: RequirementItem[] = [];
  for (const [family, kind] of kinds) {
    const definitions = definedItems(document, family);
    for (const defined of definitions) {
      const range = definedRange(document, defined);
      if (!range) continue;
      const segments = defined.item
        ? ownSegments(defined, definitions)
        : defined.table
          ? rowSegments(defined)
          : sectionSegments(document, headingSection(document, range[0])!);
      found.push({
        id: defined.occurrence.id,
        kind,
        keyword: firstKeyword(segments, document.text),
        text: statementText(document, defined),
        line: defined.occurrence.position.start.line,
        checked: typeof defined.item?.checked === 'boolean' ? defined.item.checked : null,
        range,
      });
    }
  }
  const withIds = new Set(found.map((requirement) => requirement.range[0]));
  for (const item of nfrBullets(document)) {
    const start = item.position?.start.offset ?? 0;
    // `- NFR-1: …` under the heading is an NFR definition already listed above.
    if (withIds.has(start)) continue;
    found.push({
      id: null,
      kind: 'NFR',
      keyword: firstKeyword(textSegments(item), document.text),
      text: itemStatement(item),
      line: item.position?.start.line ?? 0,
      checked: typeof item.checked === 'boolean' ? item.checked : null,
      range: [start, item.position?.end.offset ?? start],
    });
  }
  return found.sort((first, second) => first.range[0] - second.range[0]);
}
