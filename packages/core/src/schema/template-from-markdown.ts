import type { SpecDocument } from '../types/document.js';
import type { TemplateDefinition, TemplateMatch } from '../types/plugin.js';
import type { DocumentSchema, MetadataFieldSchema } from '../types/schema.js';
import { idFamiliesProblem } from './id-families-problem.js';
import { inferSchema } from './infer-schema.js';

export interface TemplateFromMarkdownOptions {
  id: string;
  description: string;
  /** The template Markdown text. */
  markdown: string;
  /** Where the Markdown came from (kept for `specloom new`). */
  source?: string;
  /** The schema inferred from `markdown` when the plugin was built (`readTemplateFile` finds it); else inferred on first use. */
  inferred?: Omit<DocumentSchema, 'id'>;
  /** Refine the inferred schema in code: real lifecycles, ID grammars, relaxed fields. */
  refine?: (schema: DocumentSchema) => DocumentSchema | void;
  /** Detection, given the (lazily built) schema so it can weigh the template's own sections as evidence. */
  detect?: (document: SpecDocument, schema: DocumentSchema) => number | TemplateMatch;
  /** How `specloom new` lays out a new document (see `TemplateDefinition.scaffold`). */
  scaffold?: TemplateDefinition['scaffold'];
  /** `specloom new`'s ID, title and last touches (see `TemplateDefinition`). */
  nextId?: TemplateDefinition['nextId'];
  formatTitle?: TemplateDefinition['formatTitle'];
  finishScaffold?: TemplateDefinition['finishScaffold'];
}

/**
 * A template whose schema is inferred from its Markdown, then refined in code. The schema is built on first
 * use: a run that lints one template's specs does not parse every loaded template's Markdown at start-up.
 */
export function templateFromMarkdown(options: TemplateFromMarkdownOptions): TemplateDefinition {
  let schema: DocumentSchema | undefined;
  const detect = options.detect;
  const template = { id: options.id, description: options.description, source: options.source } as TemplateDefinition;
  if (detect) template.detect = (document) => detect(document, template.schema);
  if (options.scaffold) template.scaffold = options.scaffold;
  if (options.nextId) template.nextId = options.nextId;
  if (options.formatTitle) template.formatTitle = options.formatTitle;
  if (options.finishScaffold) template.finishScaffold = options.finishScaffold;
  Object.defineProperty(template, 'schema', {
    enumerable: true,
    configurable: true,
    get() {
      if (schema === undefined) {
        const inferred = options.inferred
          ? { id: options.id, ...structuredClone(options.inferred) }
          : inferSchema(options.markdown, { id: options.id, source: options.source });
        const refined = options.refine?.(inferred) ?? inferred;
        // Checked once built: a family that cannot compile would otherwise find nothing, silently.
        const problem = idFamiliesProblem(refined.idFamilies, ['schema', 'idFamilies']);
        if (problem !== undefined) throw new Error(`Template "${options.id}": ${problem}`);
        schema = refined;
      }
      return schema;
    },
    set(value: DocumentSchema) {
      schema = value;
    },
  });
  return template;
}

/** Change one metadata field of a schema in place (matched case-insensitively); throws when absent. */
export function updateField(schema: DocumentSchema, name: string, patch: Partial<MetadataFieldSchema>): void {
  const field = schema.metadata.fields.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
  if (!field) throw new Error(`Template "${schema.id}" has no metadata field "${name}".`);
  Object.assign(field, patch);
  if (schema.status && field.name === schema.status.field && patch.values) schema.status.values = patch.values;
}
