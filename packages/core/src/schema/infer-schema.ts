import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { DocumentSchema, MetadataFieldSchema } from '../types/schema.js';
import type { SpecDocument } from '../types/document.js';
import { inferIdFamilies } from './infer-id-families.js';
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
