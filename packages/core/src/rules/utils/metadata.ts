import type { MetadataField, Position, SpecDocument } from '../../types/document.js';
import type { Fix } from '../../types/rule.js';
import type { DocumentSchema, MetadataFieldSchema } from '../../types/schema.js';
import { normalizeName } from './normalize.js';

/** Normalised name and aliases of a schema field. */
export function fieldNames(field: MetadataFieldSchema): string[] {
  return [field.name, ...(field.aliases ?? [])].map(normalizeName);
}

/** The document's entry for a schema field (by name or alias), if present. */
export function findField(document: SpecDocument, field: MetadataFieldSchema): MetadataField | undefined {
  for (const name of fieldNames(field)) {
    const entry = document.metadata[name];
    if (entry) return entry;
  }
  return undefined;
}

/** The schema field a metadata key names, if any. */
export function schemaFieldFor(schema: DocumentSchema, key: string): MetadataFieldSchema | undefined {
  const name = normalizeName(key);
  return schema.metadata.fields.find((field) => fieldNames(field).includes(name));
}

/**
 * The values an enum field allows: those of its `valuesSetting` in config (the keys of an object, or a list of
 * strings), its own, or the status lifecycle for a status field that lists none.
 */
export function allowedValues(
  schema: DocumentSchema,
  field: MetadataFieldSchema,
  settings?: Record<string, unknown>,
): string[] | undefined {
  const configured = configuredValues(field, settings);
  if (configured) return configured;
  if (field.values?.length) return field.values;
  if (schema.status && normalizeName(schema.status.field) === normalizeName(field.name)) return schema.status.values;
  return undefined;
}

/** True for a value that holds nothing: absent, blank, or an empty YAML list/mapping. */
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (value instanceof Date) return false;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * The value of a scalar entry as text: strings as parsed, numbers as written. Lists and mappings have
 * no single text and yield undefined. A YAML date parsed into a `Date` yields its raw text, unquoted.
 */
export function scalarText(entry: MetadataField): string | undefined {
  const { value } = entry;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return unquote(entry.raw);
  return undefined;
}

function unquote(raw: string): string {
  const trimmed = raw.trim();
  const quoted = /^(["'])(.*)\1$/s.exec(trimmed);
  return quoted?.[2] ?? trimmed;
}

/**
 * The exact place of the value's text inside its entry: `valuePosition` may include YAML quotes, so the
 * value is looked up inside it and only that part is replaced by a fix.
 */
export function valueRange(document: SpecDocument, entry: MetadataField, text: string): [number, number] {
  const start = entry.valuePosition.start.offset;
  const end = entry.valuePosition.end.offset;
  const index = document.text.slice(start, end).indexOf(text);
  return index === -1 || text === '' ? [start, end] : [start + index, start + index + text.length];
}

/** A fix replacing an entry's value text with `replacement`. */
export function replaceValueFix(document: SpecDocument, entry: MetadataField, current: string, replacement: string): Fix {
  return { range: valueRange(document, entry, current), text: replacement };
}

/**
 * Where a metadata problem without an entry of its own (a missing field) is reported: the front matter block,
 * the first metadata entry, or the title; undefined means the start of the document.
 */
export function metadataAnchor(document: SpecDocument, schema: DocumentSchema): Position | undefined {
  const frontMatter = schema.metadata.style === 'front-matter' ? document.frontMatter?.position : undefined;
  return frontMatter ?? document.metadataEntries[0]?.position ?? document.title?.position;
}

/** The values a field's `valuesSetting` gives in config, when that setting is set. */
export function configuredValues(field: MetadataFieldSchema, settings: Record<string, unknown> | undefined): string[] | undefined {
  if (!field.valuesSetting || !settings) return undefined;
  const setting = settings[field.valuesSetting];
  if (Array.isArray(setting)) return setting.filter((value): value is string => typeof value === 'string');
  if (setting && typeof setting === 'object') return Object.keys(setting);
  return undefined;
}
