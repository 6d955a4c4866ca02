import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { IdFamilySchema, DocumentSchema, MetadataFieldSchema } from '../types/schema.js';
import type { SpecDocument } from '../types/document.js';
import { inferDateOrder, inferMetadataField } from './infer-metadata-field.js';
import { inferPlaceholders } from './infer-placeholders.js';
import { inferSections } from './infer-sections.js';
import { inferTitle } from './infer-title.js';

export interface InferSchemaOptions {
  id: string;
  /** Path of the template file, for messages. */
  source?: string;
}

/**
 * Compile a template Markdown file into a DocumentSchema: headings become the section tree, metadata
 * values become typed fields, bracketed text becomes placeholders, table headers become required columns.
 */
export function inferSchema(markdown: string, options: InferSchemaOptions): DocumentSchema {
  const template = parseSpecDocument(markdown, { path: options.source });
  const fields = inferFields(template);
  const status = fields.find((field) => field.name.toLowerCase() === 'status');
  const sections = template.sections.flatMap((section) => (section.level === 1 ? section.children : [section]));

  const schema: DocumentSchema = {
    id: options.id,
    title: inferTitle(template.title),
    metadata: {
      style: template.metadataEntries[0]?.style ?? 'bold-lines',
      fields,
    },
    sections: inferSections(sections, template.tables),
    idFamilies: inferIdFamilies(template, fields),
    placeholders: inferPlaceholders(template),
  };
  if (status) {
    schema.status = { field: status.name, values: status.values ?? (status.example ? [status.example] : []) };
  }
  return schema;
}

function inferFields(template: SpecDocument): MetadataFieldSchema[] {
  const seen = new Set<string>();
  const fields: MetadataFieldSchema[] = [];
  for (const entry of template.metadataEntries) {
    if (seen.has(entry.name)) continue;
    seen.add(entry.name);
    fields.push(inferMetadataField(entry));
  }
  inferDateOrder(fields);
  return fields;
}

const documentFamilies: Record<string, string> = {
  req: 'REQ-\\d{3}',
  ac: 'AC-\\d+',
  test: 'TEST-\\d{3}',
  fr: 'FR\\d+',
  nfr: 'NFR\\d+',
  spike: '[A-Z]-\\d{3}',
};

/** ID families the template defines, plus document identifiers (Spec ID, RFC number) unique across files. */
function inferIdFamilies(template: SpecDocument, fields: MetadataFieldSchema[]): IdFamilySchema[] {
  const families: IdFamilySchema[] = [];
  const defined = new Set(template.ids.filter((id) => id.kind === 'definition').map((id) => id.family));
  for (const [name, pattern] of Object.entries(documentFamilies)) {
    if (defined.has(name as never)) families.push({ name, pattern, scope: 'document', sequential: true });
  }
  if (fields.some((field) => field.type === 'pattern' && field.pattern?.startsWith('^SPEC-'))) {
    families.push({ name: 'spec', pattern: 'SPEC-\\d{4}-\\d{2}-\\d{2}-\\d{3}', scope: 'workspace', sequential: false });
  }
  if (template.title?.parts.number !== undefined && /^SPEC\b/.test(template.title.text)) {
    families.push({ name: 'rfc', pattern: 'SPEC \\d{4}', scope: 'workspace', sequential: false });
  }
  return families;
}
