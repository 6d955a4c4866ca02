import { documentToJson, type RenderContext, type Renderer, type SpecDocument, type SpecDocumentJson } from '@specloom/core';
import type { RequirementKind } from '../utils/requirement-items.js';
import { coverageSummary, coverageText, specDatedData } from '../utils/spec-dated-data.js';
import { FEATURE, WHY_WHAT_HOW } from '../utils/templates.js';
import type { TraceLink } from '../utils/traceability.js';

/** The `specDated` block of the JSON rendering (documented in README.md beside this file). */
export interface SpecDatedBlock {
  specId: string | null;
  date: string | null;
  requirements: Array<{ id: string | null; kind: RequirementKind; keyword: string | null; text: string; checked: boolean | null; line: number }>;
  acceptanceCriteria: Array<{
    id: string | null;
    name: string | null;
    given: string | null;
    when: string | null;
    then: string | null;
    text: string | null;
    checked: boolean | null;
    line: number;
  }>;
  tests: Array<{ id: string; title: string; input: string | null; expected: string | null; line: number }>;
  traceability: Array<{
    requirement: string;
    kind: RequirementKind;
    keyword: string | null;
    line: number;
    must: boolean;
    covered: boolean;
    acceptanceCriteria: TraceLink[];
    tests: TraceLink[];
  }>;
  coverage: { mustRequirements: number; mustCovered: number; uncoveredMust: string[]; summary: string };
}

export type SpecDatedJson = SpecDocumentJson & { specDated: SpecDatedBlock };

/** The document's JSON (core's schema) plus a `specDated` block: requirements, criteria, tests and their links. */
export function specDatedJson(document: SpecDocument, context?: RenderContext): SpecDatedJson {
  const data = specDatedData(document, context);
  const summary = coverageSummary(data.traceability);
  return {
    ...documentToJson(document, context),
    specDated: {
      specId: data.specId ?? null,
      date: data.date ?? null,
      requirements: data.requirements.map(({ id, kind, keyword, text, checked, line }) => ({ id, kind, keyword, text, checked, line })),
      acceptanceCriteria: data.criteria.map(({ id, name, given, when, then, text, checked, line }) => ({
        id,
        name,
        given,
        when,
        then,
        text,
        checked,
        line,
      })),
      tests: data.tests.map(({ id, title, input, expected, line }) => ({ id, title, input, expected, line })),
      traceability: data.traceability.map((row) => ({
        requirement: row.requirement.id,
        kind: row.requirement.kind,
        keyword: row.requirement.keyword,
        line: row.requirement.line,
        must: row.must,
        covered: row.covered,
        acceptanceCriteria: row.acceptanceCriteria,
        tests: row.tests,
      })),
      coverage: {
        mustRequirements: summary.must,
        mustCovered: summary.mustCovered,
        uncoveredMust: summary.uncovered.map((row) => row.requirement.id),
        summary: coverageText(summary),
      },
    },
  };
}

/** `specloom render --to json` for feature and why/what/how specs. */
export const specDatedJsonRenderer: Renderer = {
  format: 'json',
  templates: [FEATURE, WHY_WHAT_HOW],
  render: (document, context) => `${JSON.stringify(specDatedJson(document, context), null, 2)}\n`,
};
