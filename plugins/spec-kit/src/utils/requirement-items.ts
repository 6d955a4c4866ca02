import type { ListItem } from 'mdast';
import { plainText, positionFromOffsets, type Position, type SpecDocument } from '@specloom/core';
import { firstParagraph } from './list-items.js';

/** `FR-001` (functional requirement) or `SC-001` (success criterion). */
export type RequirementFamily = 'FR' | 'SC';

/** A `- **FR-001**: System MUST …` item: the bold label is the definition, whatever its shape. */
export interface RequirementItem {
  family: RequirementFamily;
  /** The label as written: `FR-001`, `FR-1`, `FR001`. */
  id: string;
  /** True when it has spec-kit's shape: the family, a hyphen and three digits. */
  wellFormed: boolean;
  /** The statement after the label and colon. */
  text: string;
  /** The label's source range (inside the `**`). */
  idPosition: Position;
  /** The item's own first line. */
  item: ListItem;
}

/** A label that means to be a requirement or criterion ID: `FR-001`, `FR-1`, `FR001`, `fr-001`, `SC 3`. */
const candidate = /^(FR|SC)[-_ ]?\d+[a-z]?$/i;
const wellFormed = /^(FR|SC)-\d{3}$/;

/**
 * The FR and SC definitions of a spec, in document order: list items that open with a bold label. A mention of
 * `FR-003` in prose is a reference, not a definition.
 */
export function requirementItems(document: SpecDocument): RequirementItem[] {
  const items: RequirementItem[] = [];
  for (const { node: item } of document.listItems) {
    const paragraph = firstParagraph(item);
    const strong = paragraph?.children[0];
    if (strong?.type !== 'strong' || strong.position?.start.offset === undefined || strong.position.end.offset === undefined) continue;
    const label = plainText(strong).trim().replace(/:$/, '').trim();
    if (!candidate.test(label)) continue;
    const source = document.text.slice(strong.position.start.offset, strong.position.end.offset);
    const start = strong.position.start.offset + source.indexOf(label);
    const rest = paragraph!.children.slice(1).map((node) => plainText(node)).join('');
    items.push({
      family: label.slice(0, 2).toUpperCase() as RequirementFamily,
      id: label,
      wellFormed: wellFormed.test(label),
      text: rest.replace(/^\s*:/, '').trim(),
      idPosition: positionFromOffsets(document.lineStarts, start, start + label.length),
      item,
    });
  }
  return items;
}

