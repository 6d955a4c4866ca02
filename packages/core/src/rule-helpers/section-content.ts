import type { RootContent } from 'mdast';
import type { Section, SpecDocument, SpecTable } from '../types/document.js';

/** End offset of a section's own content: its first sub-section's heading, or the end of its content. */
function ownContentEnd(section: Section): number {
  return section.children[0]?.position.start.offset ?? section.contentPosition.end.offset;
}

function contentRange(section: Section, nested: boolean): [number, number] {
  return [section.position.end.offset, nested ? section.contentPosition.end.offset : ownContentEnd(section)];
}

/**
 * The top-level Markdown blocks of a section, after its heading: with `nested`, those of its sub-sections
 * too (headings included); without, only the blocks before its first sub-section.
 */
export function sectionBlocks(document: SpecDocument, section: Section, options: { nested: boolean }): RootContent[] {
  const [start, end] = contentRange(section, options.nested);
  return document.tree.children.filter((node) => {
    const offset = node.position?.start.offset;
    return offset !== undefined && offset >= start && offset < end;
  });
}

/** A section and every section below it. */
function sectionAndDescendants(section: Section): Set<Section> {
  const found = new Set<Section>();
  const stack = [section];
  while (stack.length > 0) {
    const current = stack.pop()!;
    found.add(current);
    stack.push(...current.children);
  }
  return found;
}

/**
 * The parts of the document model (tables, list items, checklist items, code blocks) that stand in a section,
 * by their `section` reference: without `nested`, only those before its first sub-section. Order is kept.
 */
export function sectionParts<Part extends { section?: Section }>(parts: readonly Part[], section: Section, options: { nested: boolean }): Part[] {
  if (!options.nested) return parts.filter((part) => part.section === section);
  const sections = sectionAndDescendants(section);
  return parts.filter((part) => part.section !== undefined && sections.has(part.section));
}

/** Tables standing in a section (with `nested`, in its sub-sections too), in document order. */
export function sectionTables(document: Pick<SpecDocument, 'tables'>, section: Section, options: { nested: boolean }): SpecTable[] {
  return sectionParts(document.tables, section, options);
}
