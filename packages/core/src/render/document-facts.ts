import type { MetadataField, SpecDocument } from '../types/document.js';
import type { TemplateDefinition } from '../types/plugin.js';

/** The few facts a catalog, a page header and a status badge need, whatever the template's metadata style. */
export interface DocumentFacts {
  /** The Spec ID / ID field, else a numbered title's prefix (`SPEC 0007`); undefined for documents without one. */
  id?: string;
  title: string;
  status?: string;
  /** Owner, else Author. */
  owner?: string;
  created?: string;
  lastUpdated?: string;
}

/** A metadata value as one line of text (YAML lists joined with commas). */
export function metadataText(field: MetadataField | undefined): string | undefined {
  if (field === undefined) return undefined;
  const value = field.value;
  // YAML reads `version: 1.0` as the number 1: a reader wants the scalar as written.
  if (typeof value === 'number' || typeof value === 'boolean') return field.raw.replace(/^(["'])(.*)\1$/su, '$2').trim() || undefined;
  // A YAML map has no one-line form but its source text; a map inside a list is shown as JSON.
  const text = Array.isArray(value) ? value.map(itemText).join(', ') : value == null || typeof value === 'object' ? field.raw : itemText(value);
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function itemText(item: unknown): string {
  return typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
}

export function documentFacts(document: SpecDocument, template?: TemplateDefinition): DocumentFacts {
  const metadata = document.metadata;
  const parts = document.title?.parts;
  // A numbered title names the document: `SPEC 0007` of `SPEC 0007: Billing`.
  const titleId = parts?.number !== undefined ? parts.prefix?.replace(/\s+/gu, ' ') : undefined;
  const id = metadataText(metadata['spec id']) ?? metadataText(metadata['id']) ?? titleId;
  const statusField = (template?.schema.status?.field ?? 'status').toLowerCase();
  const title =
    (document.frontMatter ? metadataText(metadata['title']) : undefined) ??
    document.title?.parts.name ??
    document.title?.text ??
    (document.path ?? 'Untitled');
  return {
    id,
    title,
    status: metadataText(metadata[statusField]),
    owner: metadataText(metadata['owner']) ?? metadataText(metadata['author']),
    created: metadataText(metadata['created']),
    lastUpdated: metadataText(metadata['last updated']) ?? metadataText(metadata['last_updated']),
  };
}
