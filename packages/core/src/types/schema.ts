import type { MetadataStyle } from './document.js';

/**
 * A declarative description of a template. JSON-serialisable (patterns are RegExp sources) so
 * `specloom infer` can print it and plugins can ship it.
 */
export interface DocumentSchema {
  /** Template id this schema describes. */
  id: string;
  /** Expected H1 form. `pattern` is a RegExp source matched against `SpecTitle.text`. */
  title?: { pattern?: string; example?: string; required?: boolean };
  metadata: {
    style: MetadataStyle;
    fields: MetadataFieldSchema[];
    /** Unknown metadata keys are reported unless true. */
    allowUnknown?: boolean;
  };
  /** The section tree, in order. */
  sections: SectionSchema[];
  /** Identifier families this template defines (REQ-001, FR1, S-001…). */
  idFamilies?: IdFamilySchema[];
  /** Patterns (RegExp sources, global, case-sensitive unless `flags` given) of unfilled template text. */
  placeholders: PlaceholderSchema[];
  /** Status lifecycle, in order, when the template has a status field. */
  status?: { field: string; values: string[]; caseSensitive?: boolean };
}

export type MetadataFieldType = 'string' | 'enum' | 'date' | 'list' | 'handle-list' | 'pattern';

export interface MetadataFieldSchema {
  /** Display name, as in the template: `Last Updated`. Matching is case-insensitive. */
  name: string;
  aliases?: string[];
  type: MetadataFieldType;
  required: boolean;
  /** Allowed values for `enum` (and items of `list`, when given). */
  values?: string[];
  /** Whether enum comparison is case-sensitive (default false: a case-only mismatch is reported as fixable). */
  caseSensitive?: boolean;
  /** RegExp source the whole value must match, for `pattern`. */
  pattern?: string;
  /** Human form of the expected value, used in messages: `SPEC-YYYY-MM-DD-NNN`. */
  format?: string;
  /** For dates: the name of a field this date must not precede (`Last Updated` after `Created`). */
  notBefore?: string;
  /** The template's example/placeholder value, kept for scaffolding. */
  example?: string;
}

export interface SectionSchema {
  title: string;
  /** Other accepted titles (case-insensitive). */
  aliases?: string[];
  /** Heading depth in the template. */
  level: number;
  /** Number as in the template (`3.1`), when the template numbers its sections. */
  number?: string;
  required: boolean;
  /** True when the section may legitimately be empty (a heading that only groups children). */
  allowEmpty?: boolean;
  tables?: TableSchema[];
  children: SectionSchema[];
}

export interface TableSchema {
  /** Header cells as in the template. */
  columns: string[];
  /** Columns a table in this section must have (default: all of `columns`). */
  requiredColumns?: string[];
}

export interface IdFamilySchema {
  name: string;
  /** RegExp source for one ID. */
  pattern: string;
  scope: 'document' | 'workspace';
  sequential: boolean;
}

export interface PlaceholderSchema {
  /** RegExp source. */
  pattern: string;
  flags?: string;
  description: string;
}
