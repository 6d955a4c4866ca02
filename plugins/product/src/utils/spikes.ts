import type { ListItem, RootContent } from 'mdast';
import {
  cellAt,
  findTextRange,
  positionFromOffsets,
  sectionBlocks,
  sectionTables,
  type Position,
  type Section,
  type SpecDocument,
  type SpecTable,
  type TableCell,
} from '@specloom/core';
import { findSection } from './sections.js';
import { findColumn, isNoteRow } from './tables.js';

/** Column names as the template writes them, with the variants authors use. */
export const SPIKE_COLUMNS = {
  id: ['Spike', 'Spike ID', 'ID'],
  description: ['Description', 'Question', 'Hypothesis'],
  effort: ['Effort', 'Estimate', 'Effort Estimate', 'Timebox', 'Time Box', 'Duration'],
  deliverable: ['Deliverable', 'Deliverables', 'Output'],
} as const;

export interface SpikeTable {
  table: SpecTable;
  /** Column index by role; -1 when the table lacks it (the core `table-columns` rule reports that). */
  columns: { id: number; description: number; effort: number; deliverable: number };
}

export interface SpikeEntry {
  /** The ID as written (`S-001`, `s-1`, `Spike 1`), or '' for an empty ID cell. */
  text: string;
  /** Where the ID (or its empty cell) stands. */
  position: Position;
  /** Source range of the ID text, when a fix can replace it. */
  range?: [number, number];
  /** The table row it opens, for spikes written as table rows (not `- **S-001**: …` bullets). */
  row?: readonly TableCell[];
}

const spikeTitle = /\bspikes?\b/i;

/** The section the template calls `Spikes (Pre-Implementation Validation)`, however the spec words it. */
export function spikeSection(document: SpecDocument): Section | undefined {
  return findSection(document, (title) => spikeTitle.test(title));
}

function describe(table: SpecTable): SpikeTable {
  return {
    table,
    columns: {
      id: findColumn(table, SPIKE_COLUMNS.id),
      description: findColumn(table, SPIKE_COLUMNS.description),
      effort: findColumn(table, SPIKE_COLUMNS.effort),
      deliverable: findColumn(table, SPIKE_COLUMNS.deliverable),
    },
  };
}

/**
 * The spike tables: tables of the Spikes section with at least one spike column, or, in a spec without that
 * section, tables anywhere with both a Spike and an Effort column.
 */
export function spikeTables(document: SpecDocument): SpikeTable[] {
  const section = spikeSection(document);
  if (section) {
    return sectionTables(document, section, { nested: true })
      .map(describe)
      .filter(({ columns }) => columns.id !== -1 || columns.effort !== -1 || columns.deliverable !== -1);
  }
  return document.tables.map(describe).filter(({ columns }) => columns.id !== -1 && columns.effort !== -1);
}

/** The rows of a spike table that stand for spikes (not a `| — | No spikes needed | — | — |` note). */
export function spikeRows({ table, columns }: SpikeTable): TableCell[][] {
  return table.rows.filter((row) => !isNoteRow(row, columns.id));
}

/**
 * Every spike the spec defines, in document order: the ID cell of each spike table row, and IDs opening a list
 * item in the Spikes section (`- **S-001**: …`). IDs in prose and in the template's naming note are references,
 * not spikes.
 */
export function spikeEntries(document: SpecDocument, initials: readonly string[] = []): SpikeEntry[] {
  const tables = spikeTables(document);
  const entries: SpikeEntry[] = [];
  for (const { table, columns } of tables) {
    if (columns.id === -1) continue;
    for (const row of spikeRows({ table, columns })) {
      const cell = cellAt(row, columns.id);
      if (!cell) continue;
      const text = cell.text.split(/\s+/)[0] ?? '';
      const range = findTextRange(document, cell.position, text);
      const position = range ? positionFromOffsets(document.lineStarts, range[0], range[1]) : cell.position;
      entries.push({ text, position, range, row });
    }
  }
  const section = spikeSection(document);
  if (section) entries.push(...listedSpikes(document, section, initials));
  return entries.sort((left, right) => left.position.start.offset - right.position.start.offset);
}

/** `- **S-001**: …`, `- **RA-002** Goal: …`: a spike ID (one letter, or a configured initial) opening a list item. */
function listedSpikes(document: SpecDocument, section: Section, initials: readonly string[]): SpikeEntry[] {
  const entries: SpikeEntry[] = [];
  const opening = /^[\s*_[\]]*([A-Z]{1,4}-\d{3})(?![\p{L}\p{N}_-])/u;
  const visit = (nodes: ReadonlyArray<RootContent | ListItem>) => {
    for (const node of nodes) {
      if (node.type === 'list') {
        visit(node.children);
      } else if (node.type === 'listItem' || node.type === 'heading') {
        // A list item opens with its first paragraph; a spike detailed under its own heading (`### S-001: …`).
        const first = node.type === 'heading' ? node : node.children[0];
        const start = first?.type === 'paragraph' || first?.type === 'heading' ? first.children[0]?.position?.start.offset : undefined;
        const end = first?.position?.end.offset;
        const match = start === undefined || end === undefined ? null : opening.exec(document.text.slice(start, end));
        const id = match?.[1];
        if (id && (id.split('-')[0]!.length === 1 || initials.includes(id.split('-')[0]!))) {
          const offset = start! + match.index + match[0].length - id.length;
          entries.push({ text: id, position: positionFromOffsets(document.lineStarts, offset, offset + id.length), range: [offset, offset + id.length] });
        }
        if (node.type === 'listItem') visit(node.children.filter((child) => child.type === 'list'));
      }
    }
  };
  visit(sectionBlocks(document, section, { nested: true }));
  return entries;
}

export interface SpikeId {
  initial: string;
  number: number;
  /** `S-001`. */
  canonical: string;
}

export function formatSpikeId(initial: string, number: number): string {
  return `${initial}-${String(number).padStart(3, '0')}`;
}

/**
 * Read an ID shaped like a spike ID, strictly (`S-001`) or loosely (`s-1`, `S001`, `S-0001`); undefined for
 * anything else. `strict` tells whether it is already written the way the template asks.
 */
export function parseSpikeId(text: string, initials: readonly string[] = []): (SpikeId & { strict: boolean }) | undefined {
  const strict = /^([A-Z]{1,4})-(\d{3})$/.exec(text);
  if (strict) return { initial: strict[1]!, number: Number(strict[2]), canonical: text, strict: true };
  const loose = /^([A-Za-z]{1,4})[-_‐–]?0*(\d{1,3})$/.exec(text);
  // Several letters are an initial only when config names it (`RA`); `Task-1` is not a spike ID.
  if (!loose || (loose[1]!.length > 1 && !initials.includes(loose[1]!.toUpperCase()))) return undefined;
  const initial = loose[1]!.toUpperCase();
  const number = Number(loose[2]);
  return { initial, number, canonical: formatSpikeId(initial, number), strict: false };
}
