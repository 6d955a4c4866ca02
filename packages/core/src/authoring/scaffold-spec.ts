import { parseSpecDocument } from '../document/parse-spec-document.js';
import type { MetadataField, SpecDocument } from '../types/document.js';
import type { TemplateDefinition } from '../types/plugin.js';

export interface ScaffoldValues {
  title: string;
  /** ISO date for Created / Last Updated. */
  today: string;
  /** Leaves the template's author placeholder when undefined. */
  author?: string;
  /** The document's ID from the template's `nextId` (`0007`, `SPEC-2025-01-31-002`). */
  id?: string;
  /** `--product`, handed to the template's `finishScaffold` (the product plugin fills its Product field with it). */
  product?: string;
  /** Config settings, for the template's `finishScaffold` (`settings.products`). */
  settings?: Record<string, unknown>;
}

interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** YAML needs quotes when a value would otherwise parse as something else (`: `, `#`, leading `[`, …). */
function yamlScalar(value: string): string {
  return /^[\w .,()/'-]+$/u.test(value) && !/^[\d.]+$/u.test(value) ? value : JSON.stringify(value);
}

function valueFor(field: MetadataField, template: TemplateDefinition, values: ScaffoldValues): string | undefined {
  const inYaml = field.style === 'front-matter';
  const wrap = (value: string) => (inYaml ? yamlScalar(value) : value);
  const statusField = template.schema.status?.field.toLowerCase() ?? 'status';
  switch (field.name) {
    case statusField:
      return template.schema.status?.values[0];
    case 'created':
    case 'last updated':
      return values.today;
    case 'author':
      return values.author === undefined ? undefined : wrap(values.author);
    case 'owner':
      // The template asks for `Name / Role`: the role stays a placeholder for the author to fill.
      return values.author === undefined ? undefined : `${values.author} / [Role]`;
    case 'title':
      return inYaml ? wrap(values.title) : undefined;
    case 'spec id':
    case 'id':
      return values.id;
    default:
      return undefined;
  }
}

function titleText(document: SpecDocument, template: TemplateDefinition, values: ScaffoldValues): string {
  if (template.formatTitle) return template.formatTitle(values.title, values.id);
  const prefix = document.title?.parts.prefix;
  // `Specification: [Feature Title]` keeps its prefix; a bare `# [Specification Title]` becomes the title.
  return prefix !== undefined && document.title?.parts.number === undefined ? `${prefix}: ${values.title}` : values.title;
}

/**
 * Fill a template's Markdown for a new spec: title, today's dates, the first status of the lifecycle, author,
 * ID, then the template's own `finishScaffold` (a product spec's Product field and spike ID initial). Everything else stays
 * as in the template, so the remaining placeholders show up as lint warnings for the author to fill.
 */
export function scaffoldSpec(templateMarkdown: string, template: TemplateDefinition, values: ScaffoldValues): string {
  const document = parseSpecDocument(templateMarkdown);
  const text = document.text;
  const edits: TextEdit[] = [];

  const titleHeading = document.title;
  if (titleHeading) {
    const { start, end } = titleHeading.position;
    edits.push({ start: start.offset, end: end.offset, text: `# ${titleText(document, template, values)}` });
  }

  const seen = new Set<string>();
  for (const field of document.metadataEntries) {
    if (seen.has(field.name)) continue;
    seen.add(field.name);
    const value = valueFor(field, template, values);
    if (value === undefined) continue;
    edits.push({ start: field.valuePosition.start.offset, end: field.valuePosition.end.offset, text: value });
  }

  // Later edits first, so earlier offsets stay valid; overlapping edits (none expected) keep the first.
  edits.sort((left, right) => right.start - left.start);
  let output = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of edits) {
    if (edit.end > limit) continue;
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
    limit = edit.start;
  }
  return template.finishScaffold?.(output, { product: values.product, settings: values.settings ?? {} }) ?? output;
}
