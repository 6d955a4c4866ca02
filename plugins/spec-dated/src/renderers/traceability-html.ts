import { renderHtmlPage, type Renderer, type SpecDocument } from '@specloom/core';
import { coverageSummary, coverageText, specDatedData } from '../utils/spec-dated-data.js';
import { matrixHeader, matrixRows, noUncoveredText } from '../utils/traceability-matrix.js';
import { FEATURE, WHY_WHAT_HOW } from '../utils/templates.js';
import { uncoveredTable } from './spec-html.js';

/** The document as the matrix page shows it: the title marked as the matrix, no body (the matrix is the page). */
function matrixPage(document: SpecDocument): SpecDocument {
  const title = document.title;
  const name = title?.parts.name;
  return {
    ...document,
    tree: { type: 'root', children: [] },
    ...(title && name !== undefined ? { title: { ...title, parts: { ...title.parts, name: `${name} — traceability matrix` } } } : {}),
  };
}

/** `specloom render --to traceability-html`: the traceability matrix as a standalone, escaped HTML page. */
export const traceabilityHtmlRenderer: Renderer = {
  format: 'traceability-html',
  extension: 'traceability.html',
  templates: [FEATURE, WHY_WHAT_HOW],
  render(document, context) {
    const data = specDatedData(document, context);
    const summary = coverageSummary(data.traceability);
    const uncovered = uncoveredTable(summary);
    return renderHtmlPage(matrixPage(document), {
      context,
      replaceMetadata: true,
      headerFields: [
        ...(data.specId === undefined ? [] : [{ label: 'Spec ID', value: data.specId }]),
        { label: 'Traceability', value: coverageText(summary) },
        ...(uncovered ? [] : [{ label: 'Uncovered MUST requirements', value: noUncoveredText(summary.must) }]),
      ],
      headerTables: [
        {
          caption: 'Traceability matrix: requirements × acceptance criteria × tests',
          header: matrixHeader,
          rows: matrixRows(data.traceability),
          className: 'traceability',
        },
        ...(uncovered ? [uncovered] : []),
      ],
    });
  },
};
