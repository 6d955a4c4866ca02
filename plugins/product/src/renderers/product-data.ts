import type { DocumentSchema, SpecDocument, TableCell } from '@specloom/core';
import { cellAt, containsPlaceholder } from '@specloom/core';
import { readAssessment, type Assessment } from '../utils/assessment.js';
import { parseEffort } from '../utils/effort.js';
import { checkLicense, formatLicense } from '../utils/license-expression.js';
import { licenseTextRisk, type LicenseRisk } from '../utils/license-risk.js';
import { licenseRows } from '../utils/license-tables.js';
import { headerValue } from '../utils/metadata.js';
import { isPriorityPickList, readPriority } from '../utils/priority.js';
import { productLine, productLines } from '../utils/product-line.js';
import { spikeEntries, spikeRows, spikeTables } from '../utils/spikes.js';
import { rowPosition } from '../utils/tables.js';
import { isUnfilled } from '../utils/text.js';

export interface SpikeData {
  /** The ID as written (`G-001`, even `s-1`); null when the cell is empty or template text. */
  id: string | null;
  description: string | null;
  /** Hours are working hours (1d = 8h, 1w = 40h), null when the text gives none (`up to 2d` has no minimum). */
  effort: { text: string; minHours: number | null; maxHours: number | null } | null;
  deliverable: string | null;
  line: number;
}

/** A Commercial Use or Verdict cell and what it says, as product/license-verdict reads it. */
export interface AssessedCell {
  text: string;
  /** Null when the cell says neither safe, caution nor restricted. */
  assessment: Assessment | null;
}

export interface LicenseAuditEntry {
  dependency: string | null;
  /** The License cell as written. */
  license: string | null;
  /** The license as a valid SPDX expression (`Apache-2.0`, `MIT OR Apache-2.0`); null when it is not one. */
  spdx: string | null;
  /** product/license-verdict's reading: `trap` (AGPL, SSPL, BUSL…), `strong-copyleft` (GPL…) or `other`. */
  risk: LicenseRisk | null;
  commercialUse: AssessedCell | null;
  verdict: AssessedCell | null;
  line: number;
}

export interface ProductData {
  /** The Product field as a product line, with the initial its spike IDs take; null when it names none. */
  productLine: { name: string; initial: string } | null;
  /** Null when missing, template text, or when level and label disagree (`P1 Low`). */
  priority: { level: string; label: string } | null;
  spikes: SpikeData[];
  licenseAudit: LicenseAuditEntry[];
}

/** A cell's text, or null when it is missing, empty (`—`, `N/A`) or still template text. */
function filledText(cell: TableCell | undefined, schema: DocumentSchema | undefined): string | null {
  if (!cell || isUnfilled(cell.text) || containsPlaceholder(cell.text, schema)) return null;
  return cell.text;
}

function readPriorityField(document: SpecDocument, schema: DocumentSchema | undefined): ProductData['priority'] {
  const value = headerValue(document, 'Priority')?.value;
  if (!value || containsPlaceholder(value, schema) || isPriorityPickList(value)) return null;
  const priority = readPriority(value);
  return priority ? { level: priority.level, label: priority.label } : null;
}

/** What follows a spike ID on its list item line (`- **S-001**: Validate X`), without Markdown emphasis. */
function listItemDescription(document: SpecDocument, offset: number, line: number): string | null {
  const end = document.lineStarts[line] ?? document.text.length;
  const text = document.text
    .slice(offset, end)
    .replace(/[*_`]/g, '')
    .replace(/^\s*[:–—-]?\s*/u, '')
    .trim();
  return text === '' ? null : text;
}

/**
 * The spikes, table rows and `- **S-001**: …` list items alike, as the spike rules find them: in the Spikes
 * section (or, without one, tables with Spike and Effort columns), note rows (`| — | No spikes needed |`) left out.
 */
export function readSpikes(
  document: SpecDocument,
  schema: DocumentSchema | undefined,
  settings?: Record<string, unknown>,
): SpikeData[] {
  const spikes: SpikeData[] = [];
  for (const spikeTable of spikeTables(document)) {
    const { table, columns } = spikeTable;
    for (const row of spikeRows(spikeTable)) {
      // The ID is the cell's first word, as spike-id reads it (`S-001 (stretch)` is S-001).
      const idText = filledText(cellAt(row, columns.id), schema);
      const effortText = filledText(cellAt(row, columns.effort), schema);
      const effort = effortText === null ? undefined : parseEffort(effortText);
      spikes.push({
        id: idText === null ? null : (idText.split(/\s+/)[0] ?? null),
        description: filledText(cellAt(row, columns.description), schema),
        effort: effortText === null ? null : { text: effortText, minHours: effort?.minHours ?? null, maxHours: effort?.maxHours ?? null },
        deliverable: filledText(cellAt(row, columns.deliverable), schema),
        line: rowPosition(row, table).start.line,
      });
    }
  }
  const tabled = new Set(spikes.map((spike) => spike.id));
  const initials = productLines(settings).map((line) => line.initial);
  for (const entry of spikeEntries(document, initials)) {
    // A row's spike detailed again below the table (`- **S-001** Goal: …`) is the same spike.
    if (entry.row || tabled.has(entry.text)) continue;
    const line = entry.position.start.line;
    spikes.push({
      id: entry.text,
      description: listItemDescription(document, entry.position.end.offset, line),
      effort: null,
      deliverable: null,
      line,
    });
  }
  return spikes.sort((left, right) => left.line - right.line);
}

function assessed(text: string | null): AssessedCell | null {
  return text === null ? null : { text, assessment: readAssessment(text) ?? null };
}

/** The dependency license audit rows, read as product/license-spdx and product/license-verdict read them. */
export function readLicenseAudit(document: SpecDocument, schema: DocumentSchema | undefined): LicenseAuditEntry[] {
  return licenseRows(document).map(({ table, row, dependency, license, commercialUse, verdict }) => {
    const licenseText = filledText(license, schema);
    const check = licenseText === null ? undefined : checkLicense(licenseText);
    // As license-verdict reads it: a misspelt name (`AGPLv3`) still carries the risk of what it most likely means.
    const risk = licenseText === null ? undefined : licenseTextRisk(licenseText);
    return {
      dependency: isUnfilled(dependency) || containsPlaceholder(dependency, schema) ? null : dependency,
      license: licenseText,
      spdx: check?.kind === 'valid' ? formatLicense(check.expression) : null,
      risk: risk?.risk ?? null,
      commercialUse: assessed(filledText(commercialUse, schema)),
      verdict: assessed(filledText(verdict, schema)),
      line: rowPosition(row, table).start.line,
    };
  });
}

/** The product facts a reader looks for first: product line, priority, spikes and the license audit. */
export function readProductData(
  document: SpecDocument,
  schema: DocumentSchema | undefined,
  settings?: Record<string, unknown>,
): ProductData {
  const line = productLine(document, settings);
  return {
    productLine: line ? { name: line.name, initial: line.initial } : null,
    priority: readPriorityField(document, schema),
    spikes: readSpikes(document, schema, settings),
    licenseAudit: readLicenseAudit(document, schema),
  };
}
