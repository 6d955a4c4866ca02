import type { LintResult } from '../../types/result.js';
import type { TemplateDefinition } from '../../types/plugin.js';
import type { DocumentSchema, MetadataFieldSchema, SectionSchema } from '../../types/schema.js';

/** A template for rule tests: the given schema parts over an empty schema, claiming every document. */
export function testTemplate(id: string, schema: Partial<Omit<DocumentSchema, 'id'>>): TemplateDefinition {
  return {
    id,
    description: `Test template "${id}".`,
    schema: {
      id,
      metadata: { style: 'bold-lines', fields: [] },
      sections: [],
      placeholders: [],
      ...schema,
    },
    detect: () => 1,
  };
}

/** A required level-2 section without children, unless told otherwise. */
export function sectionSchema(title: string, options: Partial<SectionSchema> = {}): SectionSchema {
  return { title, level: 2, required: true, children: [], ...options };
}

/** A required metadata field. */
export function fieldSchema(
  name: string,
  type: MetadataFieldSchema['type'],
  options: Partial<MetadataFieldSchema> = {},
): MetadataFieldSchema {
  return { name, type, required: true, ...options };
}

/** Messages as a person reads them in the CLI: `line:column message`. */
export function messageLines(result: LintResult): string[] {
  return result.messages.map((message) => `${message.line}:${message.column} ${message.message}`);
}
