import type { Heading, Root, Table, Code, ListItem } from 'mdast';

/** A place in the source text: 1-based line and column, 0-based offset into `SpecDocument.text`. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in the source text; `end` is exclusive, as in unist. */
export interface Position {
  start: Point;
  end: Point;
}

/** Where a template keeps its metadata (see DESIGN.md, "The five built-in templates"). */
export type MetadataStyle =
  | 'front-matter' // YAML front matter (design-doc)
  | 'blockquote' // `> **Key**: value` lines under the H1 (product)
  | 'bullet-list' // `- **Key**: value` under `## Metadata` (feature)
  | 'bold-lines'; // `**Key**: value` paragraph lines under the H1 or `## Overview` (rfc, why-what-how)

export interface MetadataField {
  /** The key as written, without bold/colon punctuation: `Last Updated`. */
  key: string;
  /** The normalised key: lower case, single spaces (`last updated`). Lookups use this. */
  name: string;
  /** The parsed value: a trimmed string, or for YAML any JSON-like value (lists stay lists). */
  value: unknown;
  /** The value exactly as it stands in the text (trimmed of surrounding white space). */
  raw: string;
  style: MetadataStyle;
  /** The whole entry (key and value). */
  position: Position;
  keyPosition: Position;
  /** The value only; an empty value has a zero-width position after the key. */
  valuePosition: Position;
}

export interface FrontMatter {
  /** The YAML source between the fences. */
  raw: string;
  /** The parsed data; undefined when the YAML does not parse or is not a mapping. */
  data: Record<string, unknown> | undefined;
  /** Position of the whole front matter block including fences. */
  position: Position;
  /** YAML syntax errors, with positions in the document. */
  errors: Array<{ message: string; position: Position }>;
}

export interface SpecTitle {
  /** H1 text as plain text: `SPEC 0007: Billing webhooks`. */
  text: string;
  position: Position;
  /**
   * Parts the title pattern captured, when it has a known prefix:
   * `prefix` (`Specification`, `Feature Specification`, `SPEC 0007`), `name` (what follows the colon),
   * and `number` for numbered titles, a word in capitals and a number (`SPEC 0007`, `RFC 42`).
   */
  parts: { prefix?: string; name?: string; number?: string };
}

export interface Section {
  /** Heading depth 1–6. */
  level: number;
  /** Leading number as written without trailing dot (`3.1`, `5`), if any. */
  number?: string;
  /** Title without number, optional markers and trailing punctuation: `System Diagram`. */
  title: string;
  /** The heading text as plain text, exactly as written. */
  rawTitle: string;
  /** True when the heading carries `*(optional)*`, `(optional)` or `(if applicable)`. */
  markedOptional: boolean;
  /** Position of the heading line. */
  position: Position;
  /** From the end of the heading to the start of the next heading of the same or a higher level (or EOF). */
  contentPosition: Position;
  /** True when nothing but white space and HTML comments stands between this heading and its first child heading / end. */
  empty: boolean;
  children: Section[];
  node: Heading;
}

export interface TableCell {
  /** Cell text as plain text, trimmed. */
  text: string;
  position: Position;
}

export interface SpecTable {
  header: TableCell[];
  rows: TableCell[][];
  position: Position;
  /** The innermost section the table stands in (one of `SpecDocument.allSections`); none before the first heading. */
  section?: Section;
  node: Table;
}

/** A list item, nested ones included (`SpecDocument.listItems`). */
export interface SpecListItem {
  /** The plain text of its first paragraph, trimmed; empty when the item does not open with a paragraph. */
  text: string;
  /** The whole item, nested lists included. */
  position: Position;
  /** For a task list item (`- [ ]`, `- [x]`), whether it is ticked; undefined for any other item. */
  checked?: boolean;
  /** True in a numbered list. */
  ordered: boolean;
  /** How many list items it is nested in: 0 for an item of a list outside any item. */
  depth: number;
  /** The list item it is nested in (`depth - 1`), if any. */
  parent?: SpecListItem;
  /** The innermost section the item stands in (one of `SpecDocument.allSections`); none before the first heading. */
  section?: Section;
  node: ListItem;
}

export interface ChecklistItem {
  /** Item text as plain text (first paragraph), trimmed. */
  text: string;
  checked: boolean;
  position: Position;
  /** The innermost section the item stands in (one of `SpecDocument.allSections`); none before the first heading. */
  section?: Section;
  /** The same item in `SpecDocument.listItems`: its nesting and parent. */
  listItem: SpecListItem;
  node: ListItem;
}

export interface CodeBlock {
  lang?: string;
  meta?: string;
  value: string;
  position: Position;
  /** The innermost section the block stands in (one of `SpecDocument.allSections`); none before the first heading. */
  section?: Section;
  node: Code;
}

export interface LinkReference {
  url: string;
  position: Position;
}

/**
 * The name of an identifier family, as a template schema declares it (`IdFamilySchema.name`): plugins name their
 * own (`req`, `adr`); core knows none.
 */
export type IdFamily = string;

export type IdDefinitionSite = 'title' | 'metadata' | 'heading' | 'list-item' | 'table-row';

export interface IdOccurrence {
  id: string;
  family: IdFamily;
  /**
   * `definition`: the ID opens a list item, a table row's first cell or a metadata value / title
   * (`**[REQ-001]** The system MUST …`); `reference`: anywhere else in prose.
   */
  kind: 'definition' | 'reference';
  /**
   * For a definition, what it opens: the title, a metadata value, a heading, a list item or a table row's first
   * cell. A table that lists spikes and a list that details them define the same IDs in two kinds of block.
   */
  site?: IdDefinitionSite;
  position: Position;
  /** Title of the innermost section, if any. */
  section?: string;
}

/** The parsed form of one spec file that every rule and renderer reads. Built once per file. */
export interface SpecDocument {
  /** Path as given by the caller (absolute in the CLI), or undefined for text without a file. */
  path?: string;
  /** The file text with a leading BOM removed; offsets in positions index into this. */
  text: string;
  tree: Root;
  /** Template id once detected/assigned; undefined when no template matches. */
  template?: string;
  frontMatter?: FrontMatter;
  /** Metadata by normalised key. The first entry wins when a key repeats; all entries are in `metadataEntries`. */
  metadata: Record<string, MetadataField>;
  metadataEntries: MetadataField[];
  title?: SpecTitle;
  /** The heading tree (top level: every heading not nested under a lower-level one). */
  sections: Section[];
  /** Every section in document order (flattened `sections`). */
  allSections: Section[];
  tables: SpecTable[];
  /** Every list item in document order (an item before the items nested in it). */
  listItems: SpecListItem[];
  /** The task list items (`- [ ]`, `- [x]`) of `listItems`. */
  checklists: ChecklistItem[];
  codeBlocks: CodeBlock[];
  links: LinkReference[];
  /**
   * The IDs of the families the assigned template's schema declares (`idFamilies`), in document order; empty
   * until a template is assigned. `findIds(document, families)` finds other families.
   */
  ids: IdOccurrence[];
  /** Offsets of the start of each line (index 0 = line 1), for offset <-> point conversion. */
  lineStarts: number[];
}
