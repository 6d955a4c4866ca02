import type { RenderContext, SpecDocument } from '@specloom/core';
import { criterionItems, type CriterionItem } from './criterion-items.js';
import { requirementItems, type RequirementItem } from './requirement-items.js';
import { specIdDate, specIdEntry, specIdValue } from './spec-id-value.js';
import { testCaseItems, type TestCaseItem } from './test-case-items.js';
import { traceRequirements, type TraceRow } from './traceability.js';

/** What the dated templates' renderers show: read once per document from the parsed `SpecDocument`. */
export interface SpecDatedData {
  /** The Spec ID as written; undefined when missing or still template text. */
  specId?: string;
  /** The date in a well-formed Spec ID with a real calendar date. */
  date?: string;
  requirements: RequirementItem[];
  criteria: CriterionItem[];
  tests: TestCaseItem[];
  traceability: TraceRow[];
}

export function specDatedData(document: SpecDocument, context?: RenderContext): SpecDatedData {
  const specId = specIdValue(specIdEntry(document, context?.template?.schema));
  const requirements = requirementItems(document);
  const criteria = criterionItems(document);
  const tests = testCaseItems(document);
  return {
    ...(specId === undefined ? {} : { specId }),
    ...(specIdDate(specId) === undefined ? {} : { date: specIdDate(specId) }),
    requirements,
    criteria,
    tests,
    traceability: traceRequirements(document, requirements, criteria, tests),
  };
}

export interface CoverageSummary {
  /** Requirements with an absolute keyword (MUST, MUST NOT, SHALL…). */
  must: number;
  mustCovered: number;
  uncovered: TraceRow[];
  /** Requirements with an ID, and how many of them have a criterion or test. */
  traced: number;
  linked: number;
}

export function coverageSummary(rows: readonly TraceRow[]): CoverageSummary {
  const must = rows.filter((row) => row.must);
  return {
    must: must.length,
    mustCovered: must.filter((row) => row.covered).length,
    uncovered: must.filter((row) => !row.covered),
    traced: rows.length,
    linked: rows.filter((row) => row.covered).length,
  };
}

/** `5 of 6 MUST requirements covered`, or for specs without MUST requirements how many requirements are linked. */
export function coverageText(summary: CoverageSummary): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (summary.must > 0) return `${summary.mustCovered} of ${plural(summary.must, 'MUST requirement')} covered`;
  if (summary.traced > 0) {
    return `no MUST requirements; ${summary.linked} of ${plural(summary.traced, 'requirement')} linked to acceptance criteria or tests`;
  }
  return 'no requirements with IDs';
}
