import { renderHtmlPage, type HeaderField, type HtmlTable, type Renderer } from '@specloom/core';
import { coverageSummary, coverageText, specDatedData, type CoverageSummary, type SpecDatedData } from '../utils/spec-dated-data.js';
import { FEATURE, WHY_WHAT_HOW } from '../utils/templates.js';

/** Derived facts for the header card: how many requirements, criteria and tests, and the MUST coverage. */
export function specDatedHeaderFields(data: SpecDatedData, summary: CoverageSummary): HeaderField[] {
  const functional = data.requirements.filter((requirement) => requirement.kind !== 'NFR').length;
  const nonFunctional = data.requirements.length - functional;
  return [
    { label: 'Requirements', value: `${functional} functional, ${nonFunctional} non-functional` },
    { label: 'Acceptance criteria', value: String(data.criteria.length) },
    { label: 'Tests', value: String(data.tests.length) },
    { label: 'Traceability', value: coverageText(summary) },
  ];
}

/** The MUST requirements without any acceptance criterion or test, when there are some. */
export function uncoveredTable(summary: CoverageSummary): HtmlTable | undefined {
  if (summary.uncovered.length === 0) return undefined;
  return {
    caption: `Uncovered MUST requirements (${summary.uncovered.length})`,
    header: ['Requirement', 'Keyword', 'Line', 'Text'],
    rows: summary.uncovered.map(({ requirement }) => [requirement.id, requirement.keyword ?? '', String(requirement.line), requirement.text]),
    className: 'uncovered',
  };
}

/** `specloom render --to html` for feature and why/what/how specs: core's page with the coverage in the header. */
export const specDatedHtmlRenderer: Renderer = {
  format: 'html',
  templates: [FEATURE, WHY_WHAT_HOW],
  render(document, context) {
    const data = specDatedData(document, context);
    const summary = coverageSummary(data.traceability);
    const uncovered = uncoveredTable(summary);
    return renderHtmlPage(document, {
      context,
      headerFields: specDatedHeaderFields(data, summary),
      headerTables: uncovered ? [uncovered] : [],
    });
  },
};
