import {
  positionFromOffsets,
  type Position,
  type Section,
  type SpecDocument,
  type SpecTable,
  type TableCell,
} from '@specloom/core';
import { findSection, isInSection, tablesInSection } from './sections.js';
import { cellAt, findColumn, isNoteRow, textRangeInCell } from './tables.js';

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
    return tablesInSection(document, section)
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
export function spikeEntries(document: SpecDocument): SpikeEntry[] {
  const tables = spikeTables(document);
  const entries: SpikeEntry[] = [];
  for (const { table, columns } of tables) {
    if (columns.id === -1) continue;
    for (const row of spikeRows({ table, columns })) {
      const cell = cellAt(row, columns.id);
      if (!cell) continue;
      const text = cell.text.split(/\s+/)[0] ?? '';
      const range = textRangeInCell(document, cell, text);
      const position = range ? positionFromOffsets(document.lineStarts, range[0], range[1]) : cell.position;
      entries.push({ text, position, range, row });
    }
  }
  const section = spikeSection(document);
  if (section) {
    const insideTable = (offset: number) =>
      document.tables.some((table) => offset >= table.position.start.offset && offset < table.position.end.offset);
    for (const occurrence of document.ids) {
      const offset = occurrence.position.start.offset;
      if (occurrence.family !== 'spike' || occurrence.kind !== 'definition') continue;
      if (!isInSection(section, offset) || insideTable(offset)) continue;
      entries.push({
        text: occurrence.id,
        position: occurrence.position,
        range: [offset, occurrence.position.end.offset],
      });
    }
  }
  return entries.sort((left, right) => left.position.start.offset - right.position.start.offset);
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
export function parseSpikeId(text: string): (SpikeId & { strict: boolean }) | undefined {
  if (/^[A-Z]-\d{3}$/.test(text)) {
    const number = Number(text.slice(2));
    return { initial: text[0], number, canonical: text, strict: true };
  }
  const loose = /^([A-Za-z])[-_‐–]?0*(\d{1,3})$/.exec(text);
  if (!loose) return undefined;
  const initial = loose[1].toUpperCase();
  const number = Number(loose[2]);
  return { initial, number, canonical: formatSpikeId(initial, number), strict: false };
}
