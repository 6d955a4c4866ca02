import type { RootContent } from 'mdast';
import type { Section, SpecDocument, SpecTable } from '@specloom/core';
import { normalizeName } from './normalize.js';

/** Every section (any level) whose title is one of `titles`, compared case-insensitively. */
export function findSections(document: SpecDocument, titles: readonly string[]): Section[] {
  const wanted = new Set(titles.map(normalizeName));
  return document.allSections.filter((section) => wanted.has(normalizeName(section.title)));
}

/** End offset of a section's own content: its first sub-section's heading, or the end of its content. */
function ownContentEnd(section: Section): number {
  return section.children[0]?.position.start.offset ?? section.contentPosition.end.offset;
}

/**
 * The top-level Markdown blocks of a section, after its heading: with `nested`, those of its sub-sections
 * too (headings included); without, only the blocks before its first sub-section.
 */
export function sectionBlocks(document: SpecDocument, section: Section, options: { nested: boolean }): RootContent[] {
  const start = section.position.end.offset;
  const end = options.nested ? section.contentPosition.end.offset : ownContentEnd(section);
  return document.tree.children.filter((node) => {
    const offset = node.position?.start.offset;
    return offset !== undefined && offset >= start && offset < end;
  });
}

/** Tables standing in a section (with `nested`, in its sub-sections too), in document order. */
export function sectionTables(document: SpecDocument, section: Section, options: { nested: boolean }): SpecTable[] {
  const start = section.position.end.offset;
  const end = options.nested ? section.contentPosition.end.offset : ownContentEnd(section);
  return document.tables.filter((table) => table.position.start.offset >= start && table.position.start.offset < end);
}

