import type { Root } from 'mdast';
import type { SpecDocument } from '../types/document.js';
import { buildSections } from './build-sections.js';
import { collectDocumentParts } from './collect-document-parts.js';
import { extractFrontMatter } from './extract-front-matter.js';
import { rememberIdSources } from './extract-ids.js';
import { extractBoldKeyMetadata, indexMetadata } from './extract-metadata.js';
import { extractTitle, findTitleHeading } from './extract-title.js';
import { computeLineStarts } from './positions.js';

/** Drop a leading UTF-8 BOM: it is neither a line nor a column (micromark skips it too). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Build the `SpecDocument` from the file text and its mdast tree. `parseSpecDocument` parses and calls this; a
 * host that already parsed the file (remark) can call it with its own tree instead of parsing twice.
 */
export function buildSpecDocument(text: string, tree: Root, options: { path?: string } = {}): SpecDocument {
  const documentText = stripBom(text);
  const lineStarts = computeLineStarts(documentText);

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
    listItems: parts.listItems,
    checklists: parts.checklists,
    codeBlocks: parts.codeBlocks,
    links: parts.links,
    // Which families to find is known once a template is assigned: the engine sets them then (`findIds`).
    ids: [],
    lineStarts,
  };
  rememberIdSources(document, { texts: parts.idTexts, definitionAt: parts.definitionAt, frontMatterFields });
  if (options.path !== undefined) document.path = options.path;
  if (frontMatter) document.frontMatter = frontMatter;
  const title = extractTitle(titleHeading, lineStarts);
  if (title) document.title = title;
  return document;
}
