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
  /**
   * Identifier families this template's documents define and reference (REQ-001, FR1, ADR-0007…): the engine
   * finds these, and only these, in a document of the template (`SpecDocument.ids`); the core ID rules check them.
   */
  idFamilies?: IdFamilySchema[];
  /** Patterns (RegExp sources, global, case-sensitive unless `flags` given) of unfilled template text. */
  placeholders: PlaceholderSchema[];
  /** Status lifecycle, in order, when the template has a status field. */
  status?: StatusLifecycleSchema;
  /** Table columns whose cells take a value from a fixed list (risk Impact and Probability), read by `table-values`. */
  tableValues?: TableValuesSchema[];
}

/** A column rated on a fixed scale: `{ columns: ['Impact', 'Severity'], values: ['Low', 'Medium', 'High'] }`. */
export interface TableValuesSchema {
  /** Header names the column may carry (compared ignoring case and emphasis). */
  columns: string[];
  values: string[];
  /** Other spellings of a value: `{ Med: 'Medium' }`. */
  synonyms?: Record<string, string>;
  /**
   * Sections (any depth, by title) whose tables are checked; omitted: every table with the column. A table whose
   * header has one of `rowColumns` counts too.
   */
  sections?: string[];
  /** Header names of the column that names a row in messages (`Risk`); default: the first column. */
  rowColumns?: string[];
  /** Accept a range of two values (`Low-Medium`, `Medium to High`) as real tables hold them. */
  ranges?: boolean;
}

/** The template's status field, its values in lifecycle order, and what each status requires of the document. */
export interface StatusLifecycleSchema {
  field: string;
  values: string[];
  caseSensitive?: boolean;
  /**
   * Checklists a status makes mandatory (read by the core `status-checklists` rule). A checklist is an error only
   * where the lifecycle makes it certain: RFC approvals once approved, a Definition of Done once implemented.
   */
  requires?: StatusChecklistRequirement[];
}

export interface StatusChecklistRequirement {
  /** Display name in messages: `Definition of Done`. */
  checklist: string;
  /** Statuses (lifecycle values) at which every item must be checked. */
  statuses: string[];
  /** Sections (any depth, sub-sections included) holding the checklist, by title or alias. */
  sections?: string[];
  /** `**Label**:` paragraphs followed by the checklist (the RFC template's `**Approval**:`). */
  labels?: string[];
  /**
   * `warn` where an open item is a judgement call rather than certainly wrong (an open question in an approved
   * design doc); default: the rule's configured severity.
   */
  severity?: 'warn';
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
  /**
   * A config setting that replaces `values` when set: `products` reads the names (keys) of
   * `settings.products`, so teams list their own product lines without code.
   */
  valuesSetting?: string;
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
  /**
   * The field holds the document's own identifier (`Spec ID`), so an ID in it is defined there. Default: true for
   * `pattern` fields. IDs in other fields (`Supersedes: SPEC 0017`) name other documents.
   */
  identifies?: boolean;
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

/**
 * One kind of identifier: `{ name: 'adr', pattern: 'ADR-\\d{4}', scope: 'workspace', sequential: false }`. Data
 * only: extraction and the core ID rules (`id-duplicate`, `id-undefined`, `id-unique-workspace`) need no code.
 */
export interface IdFamilySchema {
  /** The family's name: `IdOccurrence.family` of the IDs found with it. */
  name: string;
  /** RegExp source (`u` flag) for one well-formed ID. */
  pattern: string;
  /**
   * RegExp source (`u` flag) that finds the family's IDs in text, looser than `pattern` so that a malformed ID
   * (`REQ-1`, `SPEC 12`) is found and can be reported; default: `pattern`. Letters, digits or `_` right before
   * or after a match disqualify it. Where two families of a schema match at the same place, the first wins.
   */
  find?: string;
  /**
   * `document`: IDs defined and referenced within one document (requirements, criteria); references to an
   * undefined one are reported. `workspace`: an ID that names the document itself (its title or ID field),
   * unique across every file linted.
   */
  scope: 'document' | 'workspace';
  /** Numbered in order (`REQ-001`, `REQ-002`…), for rules that check the sequence. */
  sequential: boolean;
  /** Its IDs state requirements, or their criteria and tests: `render --to json` lists them under `requirements`. */
  requirement?: boolean;
}

export interface PlaceholderSchema {
  /** RegExp source. */
  pattern: string;
  flags?: string;
  description: string;
  /**
   * Template section titles the placeholder counts in (with their sub-sections); omitted: anywhere. Generic
   * shapes such as `XXms` are placeholders only where the template puts them, not in a spec's own prose.
   */
  sections?: string[];
  /**
   * A generic shape every template shares (`XXms`, `YYYY-MM-DD`, `TBD`) rather than one of the template's own
   * slots: a quoted or format-describing mention of it (`"Xh Ym uptime"`) is not unfilled text.
   */
  generic?: boolean;
}
