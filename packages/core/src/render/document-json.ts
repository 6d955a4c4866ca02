import type { Section, SpecDocument } from '../types/document.js';
import type { RenderContext, Renderer } from '../types/plugin.js';
import { documentFacts } from './document-facts.js';

/** Where the schema is published; `$schema` in every rendered document points here. */
export const SPEC_DOCUMENT_SCHEMA_ID = 'https://specloom.dev/schema/spec-document.schema.json';

interface JsonSection {
  level: number;
  number?: string;
  title: string;
  line: number;
  optional: boolean;
  empty: boolean;
  children: JsonSection[];
}

function sectionJson(section: Section): JsonSection {
  return {
    level: section.level,
    ...(section.number === undefined ? {} : { number: section.number }),
    title: section.title,
    line: section.position.start.line,
    optional: section.markedOptional,
    empty: section.empty,
    children: section.children.map(sectionJson),
  };
}

/** The text of the line an ID is defined on: what a requirement says. */
function lineText(document: SpecDocument, line: number): string {
  const start = document.lineStarts[line - 1] ?? 0;
  const end = document.lineStarts[line] ?? document.text.length;
  return document.text.slice(start, end).replace(/^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/u, '').trim();
}

/** The document as plain data following `spec-document.schema.json` (no syntax tree, no offsets: lines only). */
export function documentToJson(document: SpecDocument, context?: RenderContext) {
  const facts = documentFacts(document, context?.template);
  // Families the template marks as stating requirements, listed for tools that trace them.
  const requirementFamilies = new Set(
    (context?.template?.schema.idFamilies ?? []).filter((family) => family.requirement).map((family) => family.name),
  );
  const seen = new Set<string>();
  const metadata: Record<string, { key: string; value: unknown; raw: string; line: number }> = {};
  for (const field of document.metadataEntries) {
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    metadata[field.name] = { key: field.key, value: field.value ?? null, raw: field.raw, line: field.position.start.line };
  }
  return {
    $schema: SPEC_DOCUMENT_SCHEMA_ID,
    path: document.path ?? null,
    template: document.template ?? null,
    id: facts.id ?? null,
    title: {
      text: document.title?.text ?? facts.title,
      ...(document.title?.parts.name === undefined ? {} : { name: document.title.parts.name }),
      ...(document.title?.parts.number === undefined ? {} : { number: document.title.parts.number }),
    },
    status: facts.status ?? null,
    owner: facts.owner ?? null,
    created: facts.created ?? null,
    lastUpdated: facts.lastUpdated ?? null,
    metadata,
    sections: document.sections.map(sectionJson),
    requirements: document.ids
      .filter((occurrence) => occurrence.kind === 'definition' && requirementFamilies.has(occurrence.family))
      .map((occurrence) => ({
        id: occurrence.id,
        family: occurrence.family,
        text: lineText(document, occurrence.position.start.line),
        line: occurrence.position.start.line,
        section: occurrence.section ?? null,
      })),
    tables: document.tables.map((table) => ({
      section: table.section?.title ?? null,
      line: table.position.start.line,
      header: table.header.map((cell) => cell.text),
      rows: table.rows.map((row) => row.map((cell) => cell.text)),
    })),
    checklists: document.checklists.map((item) => ({
      section: item.section?.title ?? null,
      line: item.position.start.line,
      text: item.text,
      checked: item.checked,
    })),
    codeBlocks: document.codeBlocks.map((block) => ({
      section: block.section?.title ?? null,
      line: block.position.start.line,
      lang: block.lang ?? null,
      value: block.value,
    })),
    ids: document.ids.map((occurrence) => ({
      id: occurrence.id,
      family: occurrence.family,
      kind: occurrence.kind,
      line: occurrence.position.start.line,
      section: occurrence.section ?? null,
    })),
  };
}

export type SpecDocumentJson = ReturnType<typeof documentToJson>;

/** The core default `json` renderer: any template. */
export const jsonRenderer: Renderer = {
  format: 'json',
  render: (document, context) => `${JSON.stringify(documentToJson(document, context), null, 2)}\n`,
};

