import type { DocumentSchema, RenderContext, SpecDocument, TableCell } from '@specloom/core';
import { containsPlaceholder } from '@specloom/core';
import { designDocTemplate } from '../templates/design-doc.js';
import { changeLogTables, newestRow, type ChangeLogRow } from '../utils/change-log.js';
import { documentVersion, frontMatterAsWritten, frontMatterEntries } from '../utils/front-matter-values.js';

export interface DesignDocChange {
  /** `1.0`, `2.1.0` as written; null when the cell is empty or not a version. */
  version: string | null;
  /** ISO date; null when empty, unfilled or not a real `YYYY-MM-DD` day. */
  date: string | null;
  author: string | null;
  changes: string | null;
  line: number;
}

/** The `designDoc` block of the JSON rendering. */
export interface DesignDocJson {
  /** The front matter version as written (`1.0`, not YAML's number 1); null when missing or not a version. */
  version: string | null;
  /** The front matter as written (`version: 1.0` stays `"1.0"`), unfilled values null; null without front matter. */
  frontMatter: Record<string, unknown> | null;
  changeLog: DesignDocChange[];
  reviewers: string[];
}

/** What the design-doc page and the JSON block show, read with the rules' own parsers. */
export interface DesignDocSummary {
  json: DesignDocJson;
  /** Change log rows as written, for the page: Version, Date, Author, Changes. */
  changeLogCells: string[][];
  /** The change with the highest version. */
  latest?: DesignDocChange;
}

export function designDocSummary(document: SpecDocument, context?: RenderContext): DesignDocSummary {
  // The configured template may refine the schema; without one the plugin's own template says what is unfilled.
  const schema = context?.template?.schema ?? designDocTemplate.schema;
  const frontMatter = frontMatterJson(document, schema);
  const rows = changeLogTables(document, schema).flatMap((table) => table.rows);
  const changeLog = rows.map((row) => changeJson(row, schema));
  const latest = newestRow(rows);
  return {
    json: {
      version: documentVersion(document)?.text ?? null,
      frontMatter,
      changeLog,
      reviewers: reviewersOf(frontMatter),
    },
    changeLogCells: rows.map((row) => [row.versionCell, row.dateCell, row.authorCell, row.changesCell].map((cell) => cell?.text ?? '')),
    ...(latest ? { latest: changeLog[rows.indexOf(latest)] } : {}),
  };
}

function changeJson(row: ChangeLogRow, schema: DocumentSchema): DesignDocChange {
  return {
    version: row.version?.text ?? null,
    date: row.dateCheck?.kind === 'valid' ? row.dateCheck.iso : null,
    author: filledText(row.authorCell, schema),
    changes: filledText(row.changesCell, schema),
    line: row.cells[0]?.position.start.line ?? 0,
  };
}

function filledText(cell: TableCell | undefined, schema: DocumentSchema): string | null {
  const text = cell?.text.trim() ?? '';
  return text === '' || containsPlaceholder(text, schema) ? null : text;
}

/**
 * The front matter as the front-matter rule validates it. Unfilled values become null: YAML reads
 * `author: [Your Name]` as a list, so such a value is dropped whole; a block list keeps its filled items.
 */
function frontMatterJson(document: SpecDocument, schema: DocumentSchema): Record<string, unknown> | null {
  const data = document.frontMatter?.data;
  if (!data) return null;
  const entries = frontMatterEntries(document);
  const written = frontMatterAsWritten(data, entries);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(written)) {
    const entry = entries.get(key);
    if (!entry || !containsPlaceholder(entry.raw, schema)) result[key] = value ?? null;
    else if (Array.isArray(value) && !entry.raw.startsWith('[')) {
      // `- [Reviewer 1]` items are YAML lists themselves: only plain filled names stay.
      result[key] = value.filter((item) => typeof item === 'string' && !containsPlaceholder(item, schema));
    } else result[key] = null;
  }
  return result;
}

/** `reviewers` as names: the list's text items (a single name written without a list counts as one). */
function reviewersOf(frontMatter: Record<string, unknown> | null): string[] {
  const value = frontMatter?.reviewers;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return items.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}
