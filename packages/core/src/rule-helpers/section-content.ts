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

/** Tables standing in a section (with `nested`, in its sub-sections too), in document order. */
export function sectionTables(document: Pick<SpecDocument, 'tables'>, section: Section, options: { nested: boolean }): SpecTable[] {
  const [start, end] = contentRange(section, options.nested);
  return document.tables.filter((table) => table.position.start.offset >= start && table.position.start.offset < end);
}
