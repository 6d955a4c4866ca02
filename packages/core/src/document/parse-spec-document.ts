import type { Root } from 'mdast';
import type { SpecDocument } from '../types/document.js';
import { buildSections } from './build-sections.js';
import { collectDocumentParts } from './collect-document-parts.js';
import { extractFrontMatter } from './extract-front-matter.js';
import { idsInFrontMatter } from './extract-ids.js';
import { extractBoldKeyMetadata, indexMetadata } from './extract-metadata.js';
import { extractTitle, findTitleHeading } from './extract-title.js';
import { parseMarkdown } from './markdown-processor.js';
import { computeLineStarts } from './positions.js';

export interface ParseSpecDocumentOptions {
  /** Path of the file, kept as given (the CLI passes absolute paths). */
  path?: string;
}

/**
 * Parse a spec once into the `SpecDocument` every rule and renderer reads. Never throws: broken YAML becomes
 * `frontMatter.errors`, and Markdown always parses. The template is left undefined (the engine detects it).
 */
export function parseSpecDocument(text: string, options: ParseSpecDocumentOptions = {}): SpecDocument {
  const source = typeof text === 'string' ? text : String(text ?? '');
  // A BOM is neither a line nor a column: drop it before anything counts offsets.
  const documentText = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineStarts = computeLineStarts(documentText);
  const tree = parseTree(documentText, lineStarts);

  const { frontMatter, fields: frontMatterFields } = extractFrontMatter(tree, documentText, lineStarts);
  const boldKeyFields = extractBoldKeyMetadata(tree, documentText, lineStarts);
  const metadataEntries = [...frontMatterFields, ...boldKeyFields];
  const titleHeading = findTitleHeading(tree);
  const { sections, allSections, sectionByHeading } = buildSections(tree, documentText, lineStarts);
  const parts = collectDocumentParts({
    tree,
    text: documentText,
    lineStarts,
    sectionByHeading,
    titleHeading,
    metadataEntries: boldKeyFields,
  });

  const document: SpecDocument = {
    text: documentText,
    tree,
    metadata: indexMetadata(metadataEntries),
    metadataEntries,
    sections,
    allSections,
    tables: parts.tables,
    checklists: parts.checklists,
    codeBlocks: parts.codeBlocks,
    links: parts.links,
    // Front matter comes first in the file, so its IDs come first in document order.
    ids: [...idsInFrontMatter(frontMatterFields, lineStarts), ...parts.ids],
    lineStarts,
  };
  if (options.path !== undefined) document.path = options.path;
  if (frontMatter) document.frontMatter = frontMatter;
  const title = extractTitle(titleHeading, lineStarts);
  if (title) document.title = title;
  return document;
}

/**
 * micromark has no syntax errors, but pathological nesting (tens of thousands of `>`) can exhaust the call
 * stack. Such a file yields an empty tree rather than an exception, so one file cannot stop a run.
 */
function parseTree(text: string, lineStarts: readonly number[]): Root {
  try {
    return parseMarkdown(text);
  } catch {
    const lastLine = lineStarts.length;
    const end = { line: lastLine, column: text.length - lineStarts[lastLine - 1] + 1, offset: text.length };
    return { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  }
}
